package cn.bjrenovation.housing.ownership.domain;

import cn.bjrenovation.housing.community.domain.PropertyRights;
import cn.bjrenovation.platform.validation.Labelled;

/** Who owns a community held by a state body, and which property rights the community must carry for it. */
public enum OwnershipKind implements Labelled {

	/** 市属国企非经营性资产, registered into the plan by SASAC (A2 市国资委). */
	CITY_SOE_NON_OPERATING("市属非经", PropertyRights.CITY_SOE_NON_OPERATING),
	/** 中央单位, coordinated by the commission (A2 住建委). */
	CENTRAL_UNIT("中央单位", PropertyRights.CENTRAL_UNIT),
	/** 中央企业. */
	CENTRAL_SOE("央企", PropertyRights.CENTRAL_SOE);

	private final String label;

	private final PropertyRights rights;

	OwnershipKind(String label, PropertyRights rights) {
		this.label = label;
		this.rights = rights;
	}

	@Override
	public String label() {
		return label;
	}

	public PropertyRights rights() {
		return rights;
	}

}
