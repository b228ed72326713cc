package cn.bjrenovation.housing.ledger.domain;

import java.util.List;

import cn.bjrenovation.housing.community.domain.BuildingId;

/** The dangerous and simple building ledger (危楼/简易楼台账). */
public interface Ledger {

	void record(Appraisal appraisal);

	/**
	 * Dangerous (grade C, D) and simple buildings, the most dangerous first: D before C before ungraded simple
	 * buildings, older before newer.
	 * @param districtCode null for the whole city
	 */
	List<LedgerEntry> worstFirst(String districtCode, int limit, int offset);

	List<Appraisal> history(BuildingId buildingId);

}
