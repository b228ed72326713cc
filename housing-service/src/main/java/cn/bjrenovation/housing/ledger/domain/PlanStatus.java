package cn.bjrenovation.housing.ledger.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** How far a building's plan has come. */
public enum PlanStatus implements Labelled {

	PLANNED("已列计划"), IN_PROGRESS("实施中"), COMPLETED("已完成");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
