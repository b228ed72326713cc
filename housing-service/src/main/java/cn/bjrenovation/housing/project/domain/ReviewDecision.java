package cn.bjrenovation.housing.project.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** What a street or a district decides on an application it reviews. */
public enum ReviewDecision implements Labelled {

	ACCEPT("通过"), RETURN("退回");

	private final String label;

	ReviewDecision(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
