package cn.bjrenovation.finance.socialcapital.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** A community service social capital runs (A1-8); three of them carry the tax relief of §三(七). */
public enum ServiceKind implements Labelled {

	ELDERLY_CARE("养老", true), CHILDCARE("托育", true), HOUSEKEEPING("家政", true), MEAL_ASSISTANCE("助餐", false),
	PROPERTY_SERVICE("物业服务", false), PARKING("停车", false), CONVENIENCE_STORE("便利店", false), OTHER("其他", false);

	private final String label;

	private final boolean relieved;

	ServiceKind(String label, boolean relieved) {
		this.label = label;
		this.relieved = relieved;
	}

	@Override
	public String label() {
		return label;
	}

	/** Elderly care, childcare and housekeeping income: VAT-exempt, 90% counted for enterprise income tax. */
	public boolean relieved() {
		return relieved;
	}

}
