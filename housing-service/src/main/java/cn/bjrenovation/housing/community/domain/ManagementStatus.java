package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** Who manages a community today (管理现状), DOMAIN.md §4. */
public enum ManagementStatus implements Labelled {

	MARKET_PROPERTY_COMPANY("物业服务企业"), UNIT_SELF_MANAGED("单位自管"), QUASI_PROPERTY("准物业"), UNMANAGED("无管理");

	private final String label;

	ManagementStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
