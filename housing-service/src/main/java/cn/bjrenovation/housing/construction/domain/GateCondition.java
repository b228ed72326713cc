package cn.bjrenovation.housing.construction.domain;

/** The conditions of the construction gate (开工条件, DOMAIN §5 step 9), each learned from its department's facts. */
public enum GateCondition {

	/** 规划设计方案审查通过: planning approved the design scheme ({@code planning.design}). */
	DESIGN_APPROVED,
	/** 资金落实: finance committed and posted the government funding ({@code finance.funding}). */
	FUNDING_COMMITTED,
	/** 管线统筹: every operator confirmed its part ({@code pipeline.coordination}); required only for pipeline items. */
	PIPELINES_COORDINATED

}
