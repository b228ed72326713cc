package cn.bjrenovation.planning.design.domain;

/** Which permit an item of an approved scheme needs (Annex 3 item 8, clauses 2 and 3). */
public enum PermitDetermination {

	/** No change of land rights or planning conditions: no land-use planning permit (无需办理用地规划许可, A3-8.2). */
	NONE,
	/** On the notification-commitment list (告知承诺, A3-8.3): approved on commitment, checked afterwards. */
	NOTIFICATION_COMMITMENT,
	/** The full approval procedure. */
	FULL_PROCEDURE

}
