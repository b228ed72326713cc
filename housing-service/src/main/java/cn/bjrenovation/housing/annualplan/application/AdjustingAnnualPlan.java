package cn.bjrenovation.housing.annualplan.application;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.housing.annualplan.domain.AnnualPlan;
import cn.bjrenovation.housing.annualplan.domain.AnnualPlans;
import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dynamic adjustment of a year's plan (动态调整, plan §四(二)): reserved projects are added (→ PLANNED), planned ones
 * removed (→ back to RESERVED), for the reasons given; both rules are checked again on the plan that results. Each
 * project moved publishes {@code AnnualPlanAdjusted}; a refusal, or finance being down (503), changes nothing.
 */
@Service
public class AdjustingAnnualPlan {

	static final String OPERATION = ProjectAction.Operations.ANNUAL_PLAN_ADJUST;

	private final AnnualPlans plans;

	private final PlanMoves moves;

	private final DutyPolicy policy;

	AdjustingAnnualPlan(AnnualPlans plans, PlanMoves moves, DutyPolicy policy) {
		this.plans = plans;
		this.moves = moves;
		this.policy = policy;
	}

	/**
	 * @throws NotFoundException when the year has no plan, or naming ids that are no project
	 * @throws ConflictException naming the rule broken
	 */
	@Transactional
	public AnnualPlan adjust(Caller caller, PlanForm.Adjustment form) {
		policy.reach(caller, OPERATION);
		int year = form.year();
		AnnualPlan current = plans.find(year).orElseThrow(() -> new NotFoundException("annual plan", year));
		List<RenovationProject> added = moves.requireAll(form.add());
		List<RenovationProject> removed = moves.requireAll(form.remove());
		Actor actor = PlanMoves.actor(caller);
		Instant now = moves.now();
		AnnualPlan adjusted = current.adjust(added, form.remove(), form.reasons(), moves.rules(), moves.finance(), actor,
				now);
		if (!plans.replace(adjusted, current.version())) {
			throw new ConflictException("the plan of " + year + " was adjusted by someone else meanwhile; read it again");
		}
		moves.move(added, project -> project.adjustIntoPlan(year, actor, now, form.reasons()));
		moves.move(removed, project -> project.adjustOutOfPlan(actor, now, form.reasons()));
		moves.audited(OPERATION, year, "adjusted (change " + adjusted.version() + "): "
				+ added.size() + " added, " + removed.size() + " removed, " + form.reasons().size() + " reason(s)");
		return adjusted;
	}

}
