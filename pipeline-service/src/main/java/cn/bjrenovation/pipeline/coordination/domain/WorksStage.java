package cn.bjrenovation.pipeline.coordination.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** What an operator reports of its works on a window's segment; a report only moves forward. */
public enum WorksStage implements Labelled {

	NOT_STARTED("未开工"), STARTED("开工"), DONE("完工"),
	/** 临时恢复: the surface is reinstated for now. */
	REINSTATED_INTERIM("临时恢复"),
	/** 永久恢复: the road is permanently reinstated; the operator's works on the segment are over. */
	REINSTATED_PERMANENT("永久恢复");

	private final String label;

	WorksStage(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
