package cn.bjrenovation.housing.vote.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** What the owners decide together (民法典 第二百七十八条); each matter's thresholds are a {@link VoteRule}. */
public enum VoteMatter implements Labelled {

	/** 选聘物业服务企业 (item 4): the closing vote of try-before-buy (先尝后买, A1-11). */
	HIRE_PROPERTY_COMPANY("选聘物业服务企业"),
	/** 筹集建筑物及其附属设施的维修资金 (item 6). */
	RAISE_MAINTENANCE_FUND("筹集维修资金"),
	/** 使用建筑物及其附属设施的维修资金 (item 5). */
	USE_MAINTENANCE_FUND("使用维修资金"),
	/** 加装电梯: 改建、重建建筑物及其附属设施 (item 7). */
	ADD_ELEVATOR("加装电梯"),
	/** 改变共有部分的用途或者利用共有部分从事经营活动 (item 8), e.g. letting shared space to social capital. */
	LET_SHARED_SPACE("利用共有部分经营");

	private final String label;

	VoteMatter(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
