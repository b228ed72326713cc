package cn.bjrenovation.housing.project.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** What the joint conference (市老旧小区改造联席会) decides on an application the district accepted. */
public enum MunicipalDecision implements Labelled {

	/** 审议通过: into the reserve pool. */
	APPROVE("审议通过"),
	RETURN("退回");

	private final String label;

	MunicipalDecision(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
