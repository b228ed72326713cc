package cn.bjrenovation.housing.process.domain;

/**
 * The steps of a renovation project's journey through the four departments (DOMAIN §5), in order, and the
 * compensations the plan implies when a project leaves the road. Each step is done by one fact; its deadline, in
 * working days from when it opened, is a setting ({@code renovation.housing.process.deadlines}).
 */
public enum JourneyStep {

	/** 申报: the community organisation applied (or resubmitted a returned application). housing.project */
	APPLIED(Kind.STEP),
	/** 街道审核: the street accepted it. housing.project ProjectAccepted (STREET_REVIEW) */
	STREET_REVIEWED(Kind.STEP),
	/** 区政府审核: the district accepted it. housing.project ProjectAccepted (DISTRICT_REVIEW) */
	DISTRICT_REVIEWED(Kind.STEP),
	/** 市联席会审议: into the reserve pool. housing.project ProjectReserved */
	MUNICIPAL_DECIDED(Kind.STEP),
	/** 年度任务计划: into a year's plan. housing.project ProjectPlanned / AnnualPlanAdjusted (ADDED) */
	PLANNED(Kind.STEP),
	/** 规划设计方案审查通过: planning approved the design. planning.design DesignApproved */
	DESIGN_APPROVED(Kind.STEP),
	/** 资金落实: finance committed and posted the funding. finance.funding FundingCommitted (POSTED) */
	FUNDING_COMMITTED(Kind.STEP),
	/** 管线统筹: every operator confirmed; skipped when the design has no pipeline items. pipeline.coordination */
	PIPELINES_COORDINATED(Kind.STEP),
	/** 开工: the district recorded the start through the open gate. housing.project ConstructionStarted */
	CONSTRUCTION_STARTED(Kind.STEP),
	/** 完工: the progress report completing every item. housing.project ConstructionCompleted */
	CONSTRUCTION_COMPLETED(Kind.STEP),
	/** 联合验收: every party signed off. housing.project JointAcceptancePassed */
	ACCEPTED(Kind.STEP),
	/** 长效管理: the property contract is signed, the maintenance fund in place. housing.project */
	LONG_TERM_MANAGED(Kind.STEP),

	/** Compensation: the project left the plan or was withdrawn after funding was committed — finance voids it. */
	FUNDING_VOIDED(Kind.COMPENSATION),
	/** Compensation: the project left the plan or was withdrawn after coordination — pipeline releases the windows. */
	WINDOWS_RELEASED(Kind.COMPENSATION),
	/** Compensation: the design was returned after funding was drafted from it — finance takes funding back to draft. */
	FUNDING_BACK_TO_DRAFT(Kind.COMPENSATION);

	/** A step of the road, or a compensation expected of another department. */
	public enum Kind {

		STEP, COMPENSATION

	}

	private final Kind kind;

	JourneyStep(Kind kind) {
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

	public boolean compensation() {
		return kind == Kind.COMPENSATION;
	}

}
