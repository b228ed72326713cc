package cn.bjrenovation.housing.ledger.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** The per-building plan for a dangerous or simple building (一楼一策, plan §三(二)). */
public enum RenovationPlan implements Labelled {

	REINFORCE("加固"), REBUILD_IN_PLACE("原址翻建"), RELOCATE("腾退");

	private final String label;

	RenovationPlan(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
