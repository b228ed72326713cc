package cn.bjrenovation.housing.project.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** The class of a renovation item (Annex 1 items 6–8), which decides who pays first (§三(七)) and the plan's 20% rule. */
public enum ItemClass implements Labelled {

	/** 基础类 (A1-6): safety and basic needs — government subsidy first. */
	BASIC("基础类"),
	/** 完善类 (A1-7): convenience — shared by several parties. */
	COMPLETE("完善类"),
	/** 提升类 (A1-8): services — social capital encouraged. */
	UPGRADE("提升类");

	private final String label;

	ItemClass(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
