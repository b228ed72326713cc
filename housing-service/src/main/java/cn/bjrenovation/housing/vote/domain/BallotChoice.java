package cn.bjrenovation.housing.vote.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** An owner's ballot: for, against, or abstaining (an abstention takes part, and does not agree). */
public enum BallotChoice implements Labelled {

	FOR("同意"), AGAINST("反对"), ABSTAIN("弃权");

	private final String label;

	BallotChoice(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
