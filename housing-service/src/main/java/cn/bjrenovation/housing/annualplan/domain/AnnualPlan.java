package cn.bjrenovation.housing.annualplan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.problems.ConflictException;

/**
 * The city's renovation plan for one year (全市年度市属老旧小区改造任务计划, plan §三(一)), compiled by the housing
 * commission from the reserve pool after the fiscal-capacity check with the Finance Bureau, and adjusted dynamically
 * (§四(二)). Whenever its tasks change, {@link PlanRules} are checked again on the result — only reserved projects, the
 * 20% floor for basic-class tasks, the subsidy estimate within fiscal capacity — and a refused change leaves it as it
 * was. Immutable: each change answers a new plan whose last {@link PlanChange} is the one just made.
 */
public final class AnnualPlan {

	private final int year;

	private final List<PlanEntry> entries;

	private final List<PlanChange> history;

	/**
	 * A plan as stored.
	 * @param entries its tasks, in the order they entered it
	 * @param history every change, the compilation first
	 */
	public AnnualPlan(int year, List<PlanEntry> entries, List<PlanChange> history) {
		this.year = year;
		this.entries = List.copyOf(entries);
		this.history = List.copyOf(history);
		if (this.history.isEmpty()) {
			throw new IllegalArgumentException("a plan has at least its compilation in its history");
		}
	}

	/**
	 * The commission compiles the year's plan from reserved projects (编制年度任务计划). Finance is asked only once the
	 * rules that need no one else hold.
	 * @throws ConflictException naming the rule and clause broken
	 */
	public static AnnualPlan compile(int year, List<RenovationProject> projects, PlanRules rules,
			FiscalCapacities finance, Actor actor, Instant at) {
		PlanRules.requireReserved(year, projects);
		List<PlanEntry> entries = projects.stream().map(project -> PlanEntry.of(project, rules.rates())).toList();
		PlanTotals totals = PlanTotals.of(entries);
		rules.requireBasicShare(year, totals);
		FiscalCapacity capacity = finance.forYear(year);
		PlanRules.requireWithinCapacity(year, totals, capacity);
		PlanChange compiled = new PlanChange(1, PlanChange.Kind.COMPILED, ids(projects), List.of(), List.of(), actor, at,
				totals, rules.measure(), capacity);
		return new AnnualPlan(year, entries, List.of(compiled));
	}

	/**
	 * A dynamic adjustment (动态调整, plan §四(二)): reserved projects come in, planned ones go out, for the reasons given;
	 * both rules are checked again on the plan that results.
	 * @param reasons at least one, checked by the caller
	 * @throws ConflictException when a removed project is not in this plan, or a rule is broken
	 */
	public AnnualPlan adjust(List<RenovationProject> added, List<ProjectId> removed, List<String> reasons,
			PlanRules rules, FiscalCapacities finance, Actor actor, Instant at) {
		Set<ProjectId> planned = entries.stream().map(PlanEntry::projectId).collect(Collectors.toSet());
		List<String> notIn = removed.stream().filter(id -> !planned.contains(id)).map(ProjectId::toString).toList();
		if (!notIn.isEmpty()) {
			throw new ConflictException("rule plan-adjustment (" + PlanRules.ADJUSTMENT_CLAUSE + "): project(s) "
					+ String.join(", ", notIn) + " are not in the plan of " + year + ", so they cannot be removed from it");
		}
		PlanRules.requireReserved(year, added);
		Map<ProjectId, PlanEntry> next = new LinkedHashMap<>();
		entries.forEach(entry -> next.put(entry.projectId(), entry));
		removed.forEach(next::remove);
		added.forEach(project -> next.put(project.id(), PlanEntry.of(project, rules.rates())));
		PlanTotals totals = PlanTotals.of(next.values());
		rules.requireBasicShare(year, totals);
		FiscalCapacity capacity = finance.forYear(year);
		PlanRules.requireWithinCapacity(year, totals, capacity);
		List<PlanChange> changes = new ArrayList<>(history);
		changes.add(new PlanChange(history.size() + 1, PlanChange.Kind.ADJUSTED, ids(added), removed, reasons, actor, at,
				totals, rules.measure(), capacity));
		return new AnnualPlan(year, List.copyOf(next.values()), changes);
	}

	private static List<ProjectId> ids(List<RenovationProject> projects) {
		return projects.stream().map(RenovationProject::id).toList();
	}

	public int year() {
		return year;
	}

	public List<PlanEntry> entries() {
		return entries;
	}

	/** The tasks of one district (区), which compiles its own plan inside the city's. */
	public List<PlanEntry> entriesOf(String districtCode) {
		return entries.stream().filter(entry -> entry.districtCode().equals(districtCode)).toList();
	}

	public PlanTotals totals() {
		return PlanTotals.of(entries);
	}

	public List<PlanChange> history() {
		return history;
	}

	public PlanChange last() {
		return history.get(history.size() - 1);
	}

	/** Changes so far: grows by one with every adjustment. */
	public int version() {
		return history.size();
	}

	/** What finance-service reported at the last change. */
	public FiscalCapacity capacity() {
		return last().capacity();
	}

}
