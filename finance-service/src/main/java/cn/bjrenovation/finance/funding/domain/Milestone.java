package cn.bjrenovation.finance.funding.domain;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * Milestones that release a tranche of the committed government part (§三(七), DOMAIN §7), each proved by an event of
 * the construction stage, with the share of the commitment it pays unless told otherwise; acceptance pays the rest.
 */
public enum Milestone implements Labelled {

	CONSTRUCTION_START("开工", 3_000, "ConstructionStarted"), COMPLETION("完工", 4_000, "ConstructionCompleted"),
	JOINT_ACCEPTANCE("联合验收", 3_000, "JointAcceptancePassed");

	private final String label;

	private final int basisPoints;

	private final String provingFact;

	Milestone(String label, int basisPoints, String provingFact) {
		this.label = label;
		this.basisPoints = basisPoints;
		this.provingFact = provingFact;
	}

	/** The name of housing's fact that proves the milestone. */
	public String provingFact() {
		return provingFact;
	}

	/**
	 * Whether the tranche is paid only once housing's fact proved the milestone: the last one, since the joint
	 * acceptance (every party's sign-off) is what closes the works and no bureau record can stand in for it.
	 */
	public boolean waitsForItsFact() {
		return this == JOINT_ACCEPTANCE;
	}

	@Override
	public String label() {
		return label;
	}

	/** The tranche this milestone pays by default: its share of the commitment, or all that is left at acceptance. */
	public long defaultTrancheFen(long committedFen, long remainingFen) {
		if (this == JOINT_ACCEPTANCE) {
			return remainingFen;
		}
		return Math.min(remainingFen, Math.multiplyExact(committedFen, (long) basisPoints) / 10_000);
	}

}
