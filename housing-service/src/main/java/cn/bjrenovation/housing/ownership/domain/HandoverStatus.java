package cn.bjrenovation.housing.ownership.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** 三供一业 handover: water, power, heating supply and property management passed from the owner to the city. */
public enum HandoverStatus implements Labelled {

	NOT_STARTED("未启动"), IN_PROGRESS("移交中"), COMPLETED("已完成移交");

	private final String label;

	HandoverStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
