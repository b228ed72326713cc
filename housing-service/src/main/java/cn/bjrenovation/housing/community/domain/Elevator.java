package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** A building's elevator (加装电梯, plan §三(四)). */
public enum Elevator implements Labelled {

	NO_ELEVATOR("无电梯"), EXISTING("原有电梯"), ADDED("已加装"), FEASIBLE("具备加装条件");

	private final String label;

	Elevator(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
