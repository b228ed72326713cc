package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.bjrenovation.pipeline.coordination.domain.Actor;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.pipeline.coordination.domain.WindowStatus;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * City management completes the draft and invites the operators to confirm their parts (推动市政专业管线经营单位管理进小区):
 * once every utility of the plan has a scheduled window.
 */
@Service
public class InvitingOperators {

	static final String OPERATION = "pipeline.plan.invite";

	private final PlanAccess access;

	private final TrenchWindows windows;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	InvitingOperators(PlanAccess access, TrenchWindows windows, DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.access = access;
		this.windows = windows;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws ConflictException naming the utilities without a window, or the plan's status */
	@Transactional
	public CoordinationPlan invite(Caller caller, ProjectId id) {
		CoordinationPlan plan = access.locked(policy.reach(caller, OPERATION), id);
		List<TrenchWindow> scheduled = windows.ofProject(id)
			.stream()
			.filter(window -> window.status() == WindowStatus.SCHEDULED)
			.toList();
		List<Utility> without = plan.utilities()
			.stream()
			.filter(utility -> scheduled.stream().noneMatch(window -> window.participant(id, utility).isPresent()))
			.toList();
		if (!without.isEmpty()) {
			throw new ConflictException("the operators are invited once every utility of project " + id
					+ " has a trench window; " + without + " have none");
		}
		CoordinationPlan invited = plan.invite(Actor.of(caller), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		access.moved(invited);
		audit.changed(OPERATION, id, "invited the operators of " + plan.utilities());
		return invited;
	}

}
