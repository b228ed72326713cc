package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * Appraisal grade of a building under the national standard for dangerous-building appraisal (JGJ 125):
 * A sound, B slightly damaged, C locally dangerous, D dangerous as a whole — the most dangerous first.
 */
public enum DangerousGrade implements Labelled {

	A("A级"), B("B级"), C("C级"), D("D级");

	private final String label;

	DangerousGrade(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** C and D are dangerous buildings (危房) and belong in the ledger. */
	public boolean dangerous() {
		return this == C || this == D;
	}

}
