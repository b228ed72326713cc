package cn.bjrenovation.housing.project.domain;

import java.util.EnumSet;
import java.util.Set;

import static cn.bjrenovation.housing.project.domain.ProjectStatus.ACCEPTED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.APPLIED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.CONSTRUCTION_COMPLETED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.CONSTRUCTION_STARTED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.DISTRICT_ACCEPTED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.LONG_TERM_MANAGED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.PLANNED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.RESERVED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.RETURNED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.STREET_ACCEPTED;
import static cn.bjrenovation.housing.project.domain.ProjectStatus.WITHDRAWN;

/**
 * A renovation project's life cycle as one table (申报制, plan §三(一) and Annex 1 item 3): each row is an action,
 * the statuses it may start from, the status it leads to, the duty-policy operation under which it is taken (the
 * policy says which role, in which scope), whether it must give reasons, and the fact it publishes. {@link
 * RenovationProject#move} reads this table and refuses anything it does not list; later stages add rows.
 */
public enum ProjectAction {

	/** 申报: the community organisation applies for its community, after consulting the residents (A1-3). */
	APPLY(EnumSet.noneOf(ProjectStatus.class), APPLIED, Operations.APPLY, Reasons.OPTIONAL, Types.APPLIED, null),
	/** 街道(乡镇)审核: the street accepts and reports it to the district … */
	STREET_ACCEPT(EnumSet.of(APPLIED), STREET_ACCEPTED, Operations.STREET_REVIEW, Reasons.OPTIONAL, Types.ACCEPTED,
			ReviewLevel.STREET_REVIEW),
	/** … or returns it with reasons. */
	STREET_RETURN(EnumSet.of(APPLIED), RETURNED, Operations.STREET_REVIEW, Reasons.REQUIRED, Types.RETURNED,
			ReviewLevel.STREET_REVIEW),
	/** 区政府审核: the district accepts it for the joint conference … */
	DISTRICT_ACCEPT(EnumSet.of(STREET_ACCEPTED), DISTRICT_ACCEPTED, Operations.DISTRICT_REVIEW, Reasons.OPTIONAL,
			Types.ACCEPTED, ReviewLevel.DISTRICT_REVIEW),
	/** … or returns it with reasons. */
	DISTRICT_RETURN(EnumSet.of(STREET_ACCEPTED), RETURNED, Operations.DISTRICT_REVIEW, Reasons.REQUIRED,
			Types.RETURNED, ReviewLevel.DISTRICT_REVIEW),
	/** 市联席会审议通过: into the reserve pool (项目储备库), if the pool's entry rule holds … */
	MUNICIPAL_APPROVE(EnumSet.of(DISTRICT_ACCEPTED), RESERVED, Operations.MUNICIPAL_DECISION, Reasons.OPTIONAL,
			Types.RESERVED, ReviewLevel.MUNICIPAL_DECISION),
	/** … or returned with reasons. */
	MUNICIPAL_RETURN(EnumSet.of(DISTRICT_ACCEPTED), RETURNED, Operations.MUNICIPAL_DECISION, Reasons.REQUIRED,
			Types.RETURNED, ReviewLevel.MUNICIPAL_DECISION),
	/** The applicant resubmits a returned application, changed as the reasons asked; the street reviews it again. */
	RESUBMIT(EnumSet.of(RETURNED), APPLIED, Operations.RESUBMIT, Reasons.OPTIONAL, Types.RESUBMITTED, null),
	/**
	 * The applicant withdraws the application — the residents' will decides (申报制) — at any point before the
	 * project is in a year's plan; a planned project leaves the plan by an adjustment first.
	 */
	WITHDRAW(EnumSet.of(APPLIED, STREET_ACCEPTED, DISTRICT_ACCEPTED, RESERVED, RETURNED), WITHDRAWN,
			Operations.WITHDRAW, Reasons.REQUIRED, Types.WITHDRAWN, null),
	/** 编制年度任务计划: the commission compiles a year's plan from the reserve pool. */
	PLAN(EnumSet.of(RESERVED), PLANNED, Operations.ANNUAL_PLAN_CREATE, Reasons.OPTIONAL, Types.PLANNED, null),
	/** 动态调整 (plan §四(二)): an adjustment adds a reserved project to a year's plan, for a reason … */
	ADJUST_INTO_PLAN(EnumSet.of(RESERVED), PLANNED, Operations.ANNUAL_PLAN_ADJUST, Reasons.REQUIRED,
			Types.PLAN_ADJUSTED, null),
	/** … or takes a planned one out of it, back to the reserve pool. */
	ADJUST_OUT_OF_PLAN(EnumSet.of(PLANNED), RESERVED, Operations.ANNUAL_PLAN_ADJUST, Reasons.REQUIRED,
			Types.PLAN_ADJUSTED, null),
	/**
	 * 开工: the district records the start of construction, once the construction gate holds (design approved, funding
	 * committed, pipelines coordinated where the design has pipeline items) — the construction feature checks it.
	 */
	START_CONSTRUCTION(EnumSet.of(PLANNED), CONSTRUCTION_STARTED, Operations.CONSTRUCTION_START, Reasons.OPTIONAL,
			Types.CONSTRUCTION_STARTED, null),
	/** 完工: the district's progress report that brings every item to 100%. */
	COMPLETE_CONSTRUCTION(EnumSet.of(CONSTRUCTION_STARTED), CONSTRUCTION_COMPLETED, Operations.PROGRESS_REPORT,
			Reasons.OPTIONAL, Types.CONSTRUCTION_COMPLETED, null),
	/** 联合验收通过 (plan §三(七)): the last of the required sign-offs of the joint acceptance. */
	PASS_ACCEPTANCE(EnumSet.of(CONSTRUCTION_COMPLETED), ACCEPTED, Operations.ACCEPTANCE_SIGN_OFF, Reasons.OPTIONAL,
			Types.ACCEPTANCE_PASSED, null),
	/**
	 * 长效管理: the owners' property-service contract is signed (after try-before-buy, A1-11) and the maintenance fund
	 * is set up or topped up — the round is over.
	 */
	START_LONG_TERM_MANAGEMENT(EnumSet.of(ACCEPTED), LONG_TERM_MANAGED, Operations.LONG_TERM_MANAGEMENT,
			Reasons.OPTIONAL, Types.LONG_TERM_MANAGED, null);

	/** Whether a transition must say why. */
	public enum Reasons {

		OPTIONAL, REQUIRED

	}

	/** Which review an acceptance or return comes from. */
	public enum ReviewLevel {

		STREET_REVIEW, DISTRICT_REVIEW, MUNICIPAL_DECISION

	}

	/** The duty-policy operations the actions are taken under. */
	public static final class Operations {

		public static final String APPLY = "housing.project.apply";

		public static final String STREET_REVIEW = "housing.project.street-review";

		public static final String DISTRICT_REVIEW = "housing.project.district-review";

		public static final String MUNICIPAL_DECISION = "housing.project.municipal-decision";

		public static final String RESUBMIT = "housing.project.resubmit";

		public static final String WITHDRAW = "housing.project.withdraw";

		/** The construction feature's: recording the start of construction (gate checked). */
		public static final String CONSTRUCTION_START = "housing.construction.start";

		/** The construction feature's: a progress report (the one that completes every item completes construction). */
		public static final String PROGRESS_REPORT = "housing.progress.report";

		/** The acceptance feature's: a party's sign-off of the joint acceptance (the last one passes it). */
		public static final String ACCEPTANCE_SIGN_OFF = "housing.acceptance.sign-off";

		/** The long-term-management feature's: recording the signed property-service contract. */
		public static final String LONG_TERM_MANAGEMENT = "housing.long-term.contract";

		/** The annual-plan feature's: compiling a year's plan. */
		public static final String ANNUAL_PLAN_CREATE = "housing.annual-plan.create";

		/** The annual-plan feature's: adjusting a year's plan. */
		public static final String ANNUAL_PLAN_ADJUST = "housing.annual-plan.adjust";

		private Operations() {
		}

	}

	/**
	 * The facts' names on {@code housing.project} (contract {@code housing.v1}, {@code ProjectFacts}), fixed whatever
	 * the classes are called.
	 */
	public static final class Types {

		public static final String APPLIED = "ProjectApplied";

		public static final String RESUBMITTED = "ProjectResubmitted";

		public static final String ACCEPTED = "ProjectAccepted";

		public static final String RETURNED = "ProjectReturned";

		public static final String RESERVED = "ProjectReserved";

		public static final String WITHDRAWN = "ProjectWithdrawn";

		public static final String PLANNED = "ProjectPlanned";

		public static final String PLAN_ADJUSTED = "AnnualPlanAdjusted";

		public static final String CONSTRUCTION_STARTED = "ConstructionStarted";

		public static final String CONSTRUCTION_COMPLETED = "ConstructionCompleted";

		public static final String ACCEPTANCE_PASSED = "JointAcceptancePassed";

		public static final String LONG_TERM_MANAGED = "LongTermManagementStarted";

		private Types() {
		}

	}

	private final EnumSet<ProjectStatus> from;

	private final ProjectStatus to;

	private final String operation;

	private final Reasons reasons;

	private final String eventType;

	private final ReviewLevel level;

	ProjectAction(EnumSet<ProjectStatus> from, ProjectStatus to, String operation, Reasons reasons, String eventType,
			ReviewLevel level) {
		this.from = from;
		this.to = to;
		this.operation = operation;
		this.reasons = reasons;
		this.eventType = eventType;
		this.level = level;
	}

	/** The statuses the action may start from; empty for the application, which starts a project. */
	public Set<ProjectStatus> from() {
		return from.clone();
	}

	public ProjectStatus to() {
		return to;
	}

	public String operation() {
		return operation;
	}

	public boolean reasonsRequired() {
		return reasons == Reasons.REQUIRED;
	}

	public String eventType() {
		return eventType;
	}

	/** The review an acceptance or a return comes from; null for other actions. */
	public ReviewLevel level() {
		return level;
	}

	public boolean allowedFrom(ProjectStatus status) {
		return from.contains(status);
	}

}
