package cn.bjrenovation.housing.acceptance.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** A party's decision on the works: sign off, or refuse with findings to rectify. */
public enum SignOffDecision implements Labelled {

	SIGN("签字通过"), REFUSE("不予通过");

	private final String label;

	SignOffDecision(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
