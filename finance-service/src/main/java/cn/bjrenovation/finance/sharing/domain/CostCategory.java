package cn.bjrenovation.finance.sharing.domain;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * The part of a cost-sharing rule an item is costed by: its class (A1-6/7/8) or, for an item touching a utility
 * network, {@link #PIPELINE} whatever its class, since operators bear their own networks (§三(七)).
 */
public enum CostCategory implements Labelled {

	BASIC("基础类"), COMPLETE("完善类"), UPGRADE("提升类"), PIPELINE("管线类");

	private final String label;

	CostCategory(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
