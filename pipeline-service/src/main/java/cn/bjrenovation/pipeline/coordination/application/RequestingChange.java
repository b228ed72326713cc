package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.pipeline.coordination.domain.Actor;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator asks for a change of its utility's part, with reasons (e.g. other dates): the plan goes back to city
 * management as a draft, and every operator is invited again once it is revised.
 */
@Service
public class RequestingChange {

	static final String OPERATION = "pipeline.part.request-change";

	private final PlanAccess access;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	RequestingChange(PlanAccess access, DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.access = access;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public CoordinationPlan request(Caller caller, ChangeRequestCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		CoordinationPlan plan = access.locked(reach, command.projectId());
		reach.requireCovers(plan.project().place(command.utility().token()));
		CoordinationPlan changed = plan.requestChange(command.utility(), command.reasons(), Actor.of(caller),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		access.moved(changed);
		audit.changed(OPERATION, plan.id(), command.utility() + " asked for a change: "
				+ String.join("; ", command.reasons()));
		return changed;
	}

}
