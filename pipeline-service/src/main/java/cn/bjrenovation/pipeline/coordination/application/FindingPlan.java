package cn.bjrenovation.pipeline.coordination.application;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlans;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperator;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperators;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a project's coordination plan. Who may, and which plans, is the duty policy's to say: city management, DRC
 * and housing every plan, a district or street its own, an operator the plans its utility takes part in; any other
 * plan reads as absent.
 */
@Service
public class FindingPlan {

	static final String OPERATION = "pipeline.plan.read";

	private final PlanAccess access;

	private final TrenchWindows windows;

	private final CoordinationPlans plans;

	private final UtilityOperators operators;

	private final DutyPolicy policy;

	FindingPlan(PlanAccess access, TrenchWindows windows, CoordinationPlans plans, UtilityOperators operators,
			DutyPolicy policy) {
		this.access = access;
		this.windows = windows;
		this.plans = plans;
		this.operators = operators;
		this.policy = policy;
	}

	/** @throws NotFoundException when the project has no plan or it lies outside the caller's reach */
	@Transactional(readOnly = true)
	public PlanView find(Caller caller, ProjectId id) {
		CoordinationPlan plan = access.visible(policy.reach(caller, OPERATION), id);
		Map<String, UtilityOperator> named = plan.parts()
			.stream()
			.flatMap(part -> part.operatorCodes().stream())
			.distinct()
			.flatMap(code -> operators.byCode(code).stream())
			.collect(Collectors.toMap(UtilityOperator::code, Function.identity()));
		return new PlanView(plan, windows.ofProject(id), plans.inspections(id), named);
	}

}
