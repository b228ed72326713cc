package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlans;
import cn.bjrenovation.pipeline.coordination.domain.Inspection;
import cn.bjrenovation.pipeline.coordination.domain.PlanStatus;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** City management records an inspection of a plan's works in one of its windows (监督管线施工). */
@Service
public class RecordingInspection {

	static final String OPERATION = "pipeline.works.inspect";

	private final PlanAccess access;

	private final CoordinationPlans plans;

	private final TrenchWindows windows;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	RecordingInspection(PlanAccess access, CoordinationPlans plans, TrenchWindows windows, DutyPolicy policy,
			AuditTrail audit, Clock clock) {
		this.access = access;
		this.plans = plans;
		this.windows = windows;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Inspection record(Caller caller, InspectionCommand command) {
		CoordinationPlan plan = access.visible(policy.reach(caller, OPERATION), command.projectId());
		plan.requireStatus("works are inspected", PlanStatus.COORDINATED, PlanStatus.COMPLETED,
				PlanStatus.HANDED_OVER);
		TrenchWindow window = windows.find(command.windowId())
			.orElseThrow(() -> new NotFoundException("trench window", command.windowId()));
		if (window.participantsOf(plan.id()).isEmpty()) {
			throw new ConflictException(window.describe() + " carries no works of project " + plan.id());
		}
		Inspection inspection = new Inspection(UUID.randomUUID(), plan.id(), window.id(), command.inspectedOn(),
				command.passed(), command.findings(), caller.subject(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		plans.addInspection(inspection);
		audit.changed(OPERATION, plan.id(), "inspected " + window.describe() + ": "
				+ (command.passed() ? "passed" : "failed") + ", " + command.findings());
		return inspection;
	}

}
