package cn.bjrenovation.pipeline.coordination.application;

import java.util.List;
import java.util.Map;

import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.Inspection;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperator;

/**
 * A plan as callers read it: with its windows (by start date), its inspections and the operators its parts name.
 *
 * @param operators the operators named by the parts, by code
 */
public record PlanView(CoordinationPlan plan, List<TrenchWindow> windows, List<Inspection> inspections,
		Map<String, UtilityOperator> operators) {
}
