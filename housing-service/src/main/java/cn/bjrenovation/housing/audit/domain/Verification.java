package cn.bjrenovation.housing.audit.domain;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param checked links found intact before the first broken one (or in all)
 * @param firstBroken position of the first link that does not hold, or null when the chain is intact
 * @param headHash hash of the newest link when intact: keep it outside the database to detect truncation
 */
public record Verification(boolean intact, long checked, Long firstBroken, String reason, String headHash) {

	static Verification intact(long checked, String headHash) {
		return new Verification(true, checked, null, null, headHash);
	}

	static Verification broken(long checked, long position, String reason) {
		return new Verification(false, checked, position, "link " + position + ": " + reason, null);
	}

}
