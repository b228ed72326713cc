package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.pipeline.coordination.domain.Actor;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.Handover;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DRC records that the renovated networks passed to their operators (产权移交, A2 发改委: 改造后的管线设施移交专业管线单位).
 * The plan wants it after joint acceptance (联合验收); that fact belongs to the construction stage, which does not
 * publish it yet, so for now the completed works (WorksCompleted) gate it and DRC names the acceptance it follows.
 * Once the acceptance event exists, its arrival will be required here as well.
 */
@Service
public class HandingOverNetworks {

	static final String OPERATION = "pipeline.handover.record";

	private final PlanAccess access;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	HandingOverNetworks(PlanAccess access, DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.access = access;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws ConflictException when the plan's works are not completed, or it was handed over already */
	@Transactional
	public CoordinationPlan handOver(Caller caller, HandoverCommand command) {
		CoordinationPlan plan = access.locked(policy.reach(caller, OPERATION), command.projectId());
		CoordinationPlan handed = plan.handOver(new Handover(command.acceptanceReference(), command.handedOverOn(),
				command.note(), caller.subject()), Actor.of(caller), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		access.moved(handed);
		audit.changed(OPERATION, plan.id(), "networks " + plan.utilities() + " handed over on "
				+ command.handedOverOn() + " after acceptance " + command.acceptanceReference());
		return handed;
	}

}
