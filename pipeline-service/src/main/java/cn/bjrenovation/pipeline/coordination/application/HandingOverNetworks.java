package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.pipeline.coordination.domain.Actor;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.Handover;
import cn.bjrenovation.pipeline.coordination.domain.JointAcceptance;
import cn.bjrenovation.pipeline.coordination.domain.JointAcceptances;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DRC records that the renovated networks passed to their operators (产权移交, A2 发改委: 改造后的管线设施移交专业管线单位),
 * after the joint acceptance (联合验收, issue 15: the acceptance is what the network handover waits for): the plan's
 * works must be completed (WorksCompleted) and housing's {@code JointAcceptancePassed} must have arrived for the
 * project — else 409 naming what is missing. The acceptance reference recorded is the event's; one DRC gives that
 * differs is kept in the note.
 */
@Service
public class HandingOverNetworks {

	static final String OPERATION = "pipeline.handover.record";

	private final PlanAccess access;

	private final JointAcceptances acceptances;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	HandingOverNetworks(PlanAccess access, JointAcceptances acceptances, DutyPolicy policy, AuditTrail audit,
			Clock clock) {
		this.access = access;
		this.acceptances = acceptances;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ConflictException when the project's joint acceptance has not arrived, the plan's works are not
	 * completed, or it was handed over already
	 */
	@Transactional
	public CoordinationPlan handOver(Caller caller, HandoverCommand command) {
		CoordinationPlan plan = access.locked(policy.reach(caller, OPERATION), command.projectId());
		JointAcceptance acceptance = acceptances.of(command.projectId())
			.orElseThrow(() -> new ConflictException("the networks of project " + command.projectId()
					+ " are handed over only after the joint acceptance (联合验收): housing's JointAcceptancePassed has"
					+ " not arrived for the project"));
		String note = command.note();
		if (command.acceptanceReference() != null && !command.acceptanceReference().equals(acceptance.reference())) {
			note = (note.isEmpty() ? "" : note + "; ") + "DRC cited acceptance " + command.acceptanceReference();
		}
		CoordinationPlan handed = plan.handOver(new Handover(acceptance.reference(), command.handedOverOn(), note,
				caller.subject()), Actor.of(caller), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		access.moved(handed);
		audit.changed(OPERATION, plan.id(), "networks " + plan.utilities() + " handed over on "
				+ command.handedOverOn() + " after acceptance " + acceptance.reference());
		return handed;
	}

}
