package cn.bjrenovation.housing.annualplan.application;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.housing.annualplan.domain.AnnualPlan;
import cn.bjrenovation.housing.annualplan.domain.AnnualPlans;
import cn.bjrenovation.housing.annualplan.domain.PlanRules;
import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing commission compiles a year's plan (编制年度任务计划, plan §三(一)) from reserved projects: the plan's rules
 * checked ({@link PlanRules}: reserved only, basic-class tasks ≥ 20%, the subsidy estimate within the fiscal capacity
 * finance-service reports — asked over gRPC only once the other rules hold), then every project moves to PLANNED
 * through its own aggregate, one {@code ProjectPlanned} each. A refusal, or finance being down (503), changes nothing.
 */
@Service
public class CompilingAnnualPlan {

	static final String OPERATION = ProjectAction.Operations.ANNUAL_PLAN_CREATE;

	private final AnnualPlans plans;

	private final PlanMoves moves;

	private final DutyPolicy policy;

	CompilingAnnualPlan(AnnualPlans plans, PlanMoves moves, DutyPolicy policy) {
		this.plans = plans;
		this.moves = moves;
		this.policy = policy;
	}

	/** @throws ConflictException when the year has a plan already, or naming the rule broken */
	@Transactional
	public AnnualPlan compile(Caller caller, PlanForm.Compilation form) {
		policy.reach(caller, OPERATION);
		int year = form.year();
		if (plans.find(year).isPresent()) {
			throw new ConflictException("rule one-plan-per-year (" + PlanRules.PLAN_CLAUSE + "): the plan of " + year
					+ " is compiled already; change it by an adjustment (POST /api/housing/annual-plans/" + year
					+ "/adjustments, " + PlanRules.ADJUSTMENT_CLAUSE + ")");
		}
		List<RenovationProject> projects = moves.requireAll(form.projectIds());
		Actor actor = PlanMoves.actor(caller);
		Instant now = moves.now();
		AnnualPlan plan = AnnualPlan.compile(year, projects, moves.rules(), moves.finance(), actor, now);
		plans.add(plan);
		moves.move(projects, project -> project.plan(year, actor, now));
		moves.audited(OPERATION, year, "compiled: " + plan.entries().size() + " projects, basic share "
				+ plan.totals().basicShare(plan.last().measure()) + " by " + plan.last().measure() + ", subsidy estimate "
				+ plan.totals().subsidyFen() + " fen of " + plan.capacity().availableFen() + " available");
		return plan;
	}

}
