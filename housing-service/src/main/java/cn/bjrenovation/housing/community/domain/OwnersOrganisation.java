package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** The owners' organisation a community has formed, if any (业主委员会 or 物业管理委员会). */
public enum OwnersOrganisation implements Labelled {

	NONE("无"), OWNERS_COMMITTEE("业委会"), PROPERTY_MANAGEMENT_COMMITTEE("物管会");

	private final String label;

	OwnersOrganisation(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	public boolean formed() {
		return this != NONE;
	}

}
