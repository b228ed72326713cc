package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** Property rights of a community (产权关系), DOMAIN.md §4. */
public enum PropertyRights implements Labelled {

	MUNICIPAL("市属"), DISTRICT_OWNED("区属"), CENTRAL_UNIT("中央单位"), CENTRAL_SOE("中央企业"),
	CITY_SOE_NON_OPERATING("市属国企非经营性资产"), COMMERCIAL_HOUSING("商品房"), MULTIPLE_OWNERS("多产权"),
	NO_OWNER("无产权单位");

	/** The name of the fact a duty grant's {@code when} holds a community to, e.g. SASAC's 市属非经. */
	public static final String FACT = "propertyRights";

	private final String label;

	PropertyRights(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Communities whose owner is a state-owned or central body, for which 三供一业 handover applies. */
	public boolean ownedByStateBody() {
		return this == CENTRAL_UNIT || this == CENTRAL_SOE || this == CITY_SOE_NON_OPERATING;
	}

}
