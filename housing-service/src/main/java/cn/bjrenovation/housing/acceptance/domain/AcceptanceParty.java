package cn.bjrenovation.housing.acceptance.domain;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * A party to the joint acceptance (联合验收, plan §三(七)) whose sign-off the project needs. Who may record which
 * party's decision is the duty policy's: the grants of {@code housing.acceptance.sign-off} hold the fact {@link #FACT}.
 */
public enum AcceptanceParty implements Labelled {

	/** 施工单位: recorded by the district on its behalf (the builder has no account). */
	BUILDER("施工单位"),
	/** 物业服务企业: recorded by the district on its behalf. */
	PROPERTY_COMPANY("物业服务企业"),
	/** 业主组织 (业委会/物管会): the community organisation. */
	OWNERS("业主组织"),
	/** 街道办事处或居委会: the street. */
	STREET("街道或居委会"),
	/** 专业管线经营单位: one per utility with pipeline works on the project. */
	OPERATOR("管线单位");

	/** The fact of a sign-off's place that the policy's {@code when} reads: which party is signed for. */
	public static final String FACT = "acceptanceParty";

	private final String label;

	AcceptanceParty(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
