package cn.bjrenovation.pipeline.coordination.domain;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * The road works a trench window ends with, which decide the segment's protection period afterwards (《城市道路管理条例》
 * 第三十三条); the periods themselves are data ({@link ProtectionPeriods}).
 */
public enum RoadWork implements Labelled {

	/** The trench is reinstated, the road is not otherwise renewed. */
	REINSTATEMENT("沟槽恢复"),
	/** 大修: an overhaul of the road. */
	OVERHAUL("大修"),
	/** 新建、扩建、改建: the road is rebuilt or widened. */
	REBUILD("新建、扩建、改建");

	private final String label;

	RoadWork(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
