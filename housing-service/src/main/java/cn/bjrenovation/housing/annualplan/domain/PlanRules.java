package cn.bjrenovation.housing.annualplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.problems.ConflictException;

/**
 * The rules a year's plan (年度任务计划) is held to whenever it is compiled or adjusted, each refusal naming the rule and
 * the plan's clause:
 * <ul>
 * <li>{@value #ONLY_RESERVED}: only projects in the reserve pool are planned;</li>
 * <li>{@value #BASIC_SHARE}: basic-class tasks ({@link TaskClass}) are at least {@value #MIN_BASIC_PERCENT}% of the
 * total task volume, measured as {@link BasicShareMeasure} says;</li>
 * <li>{@value #FISCAL_CAPACITY}: the plan's estimated government subsidy ({@link SubsidyRates}) fits what the Finance
 * Bureau reports available for the year.</li>
 * </ul>
 *
 * @param measure how the volume is measured for the 20% rule
 * @param rates the subsidy estimate per m², by item class
 */
public record PlanRules(BasicShareMeasure measure, SubsidyRates rates) {

	public static final String ONLY_RESERVED = "only-reserved-projects";

	public static final String BASIC_SHARE = "basic-share-at-least-20-percent";

	public static final String FISCAL_CAPACITY = "within-fiscal-capacity";

	public static final String PLAN_CLAUSE = "plan §三(一) 编制年度任务计划";

	public static final String BASIC_SHARE_CLAUSE = PLAN_CLAUSE + ": 市属老旧小区年度基础类改造任务按照不低于总任务量20%的标准安排";

	public static final String FISCAL_CLAUSE = PLAN_CLAUSE + ": 在做好财政承受能力评估基础上，确定全市年度市属老旧小区改造任务计划";

	public static final String RESERVE_CLAUSE = PLAN_CLAUSE + ": 市区根据项目储备和居民意愿 … 确定全市年度任务计划";

	public static final String ADJUSTMENT_CLAUSE = "plan §四(二) 建立改造项目动态调整机制";

	/** The plan's floor for basic-class tasks, in per cent of the total task volume. */
	public static final int MIN_BASIC_PERCENT = 20;

	public PlanRules {
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(rates, "rates");
	}

	/** @throws ConflictException naming every project that is not in the reserve pool */
	static void requireReserved(int year, List<RenovationProject> projects) {
		List<String> outside = projects.stream()
			.filter(project -> project.status() != ProjectStatus.RESERVED)
			.map(project -> project.id() + " (" + project.community().name() + ") is " + project.status()
					+ (project.planYear() == null ? "" : " in the plan of " + project.planYear()))
			.toList();
		if (!outside.isEmpty()) {
			throw new ConflictException("rule " + ONLY_RESERVED + " (" + RESERVE_CLAUSE + "): only projects in the "
					+ "reserve pool (RESERVED) enter the plan of " + year + "; " + String.join("; ", outside));
		}
	}

	/** @throws ConflictException when basic-class tasks are below the floor, with both shares */
	void requireBasicShare(int year, PlanTotals totals) {
		if (totals.projects() == 0) {
			throw new ConflictException("rule " + BASIC_SHARE + " (" + BASIC_SHARE_CLAUSE + "): the plan of " + year
					+ " would hold no task; a plan holds at least one project");
		}
		if (!totals.basicAtLeast(measure, MIN_BASIC_PERCENT)) {
			throw new ConflictException("rule " + BASIC_SHARE + " (" + BASIC_SHARE_CLAUSE + "): basic-class tasks "
					+ "would be " + percent(totals.basicShare(measure)) + " of the plan of " + year + "'s total task volume "
					+ (measure == BasicShareMeasure.FLOOR_AREA ? "by floor area" : "by count") + ", at least "
					+ MIN_BASIC_PERCENT + "% is required (by floor area " + percent(totals.basicShareByArea()) + ": "
					+ totals.basicFloorArea().toPlainString() + " of " + totals.floorArea().toPlainString()
					+ " m²; by count " + percent(totals.basicShareByCount()) + ": " + totals.basicProjects() + " of "
					+ totals.projects() + " projects); a basic-class task wants basic items only (A1-6)");
		}
	}

	/** @throws ConflictException when the estimate exceeds what finance reports available */
	static void requireWithinCapacity(int year, PlanTotals totals, FiscalCapacity capacity) {
		if (totals.subsidyFen() > capacity.availableFen()) {
			throw new ConflictException("rule " + FISCAL_CAPACITY + " (" + FISCAL_CLAUSE + "): the plan of " + year
					+ "'s estimated government subsidy, " + yuan(totals.subsidyFen()) + ", exceeds the fiscal capacity "
					+ "finance-service reports for " + year + ": " + yuan(capacity.availableFen()) + " available of "
					+ yuan(capacity.budgetedFen()) + " budgeted on " + capacity.budgetLines() + " budget line(s)");
		}
	}

	static String percent(BigDecimal share) {
		return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
	}

	/** An amount in fen as 元, with the fen figure too. */
	static String yuan(long fen) {
		return "¥" + BigDecimal.valueOf(fen).movePointLeft(2).toPlainString() + " (" + fen + " fen)";
	}

}
