package cn.bjrenovation.housing.annualplan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.ProjectId;

/**
 * One recorded change of a year's plan: its compilation, or a dynamic adjustment (动态调整, plan §四(二)) with its
 * reasons — who, when, which projects came in and went out, and the figures both rules were checked on afterwards.
 *
 * @param sequence from 1 (the compilation)
 * @param totals the plan's figures after the change
 * @param measure how the 20% rule measured the volume at this change
 * @param capacity what finance-service reported at this change
 */
public record PlanChange(int sequence, Kind kind, List<ProjectId> added, List<ProjectId> removed, List<String> reasons,
		Actor actor, Instant at, PlanTotals totals, BasicShareMeasure measure, FiscalCapacity capacity) {

	/** Compiled (编制) or adjusted (调整). */
	public enum Kind {

		COMPILED, ADJUSTED

	}

	public PlanChange {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		reasons = List.copyOf(reasons);
	}

}
