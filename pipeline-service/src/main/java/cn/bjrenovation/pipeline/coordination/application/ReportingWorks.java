package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.pipeline.coordination.domain.Actor;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.Participant;
import cn.bjrenovation.pipeline.coordination.domain.PlanStatus;
import cn.bjrenovation.pipeline.coordination.domain.ProtectionPeriods;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.pipeline.coordination.domain.WorksReport;
import cn.bjrenovation.pipeline.coordination.domain.WorksStage;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator reports its works on one window's segment (started, done, reinstated for now, reinstated for good) for
 * its own utility. When every participant of the window has permanently reinstated the road, the window completes and
 * the segment's protection period starts; when every part of the plan has, the plan is completed (WorksCompleted).
 */
@Service
public class ReportingWorks {

	static final String OPERATION = "pipeline.works.report";

	private final PlanAccess access;

	private final TrenchWindows windows;

	private final ProtectionPeriods periods;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	ReportingWorks(PlanAccess access, TrenchWindows windows, ProtectionPeriods periods, DutyPolicy policy,
			AuditTrail audit, Clock clock) {
		this.access = access;
		this.windows = windows;
		this.periods = periods;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public TrenchWindow report(Caller caller, WorksReportCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		CoordinationPlan plan = access.locked(reach, command.projectId());
		reach.requireCovers(plan.project().place(command.utility().token()));
		plan.requirePart(command.utility());
		plan.requireStatus("works are reported", PlanStatus.COORDINATED);
		TrenchWindow window = windows.lock(command.windowId())
			.orElseThrow(() -> new NotFoundException("trench window", command.windowId()));
		TrenchWindow reported = window.report(plan.id(), command.utility(), command.stage(), command.on(),
				periods.years(window.roadWork()));
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		windows.update(reported);
		windows.addReport(new WorksReport(UUID.randomUUID(), window.id(), plan.id(), command.utility(),
				command.stage(), command.on(), command.note(), caller.subject(), now));
		audit.changed(OPERATION, window.id(), command.utility() + " of project " + plan.id() + " reported "
				+ command.stage() + " on " + command.on());
		List<Participant> parts = windows.ofProject(plan.id())
			.stream()
			.flatMap(each -> each.participantsOf(plan.id()).stream())
			.toList();
		if (!parts.isEmpty() && parts.stream().allMatch(part -> part.stage() == WorksStage.REINSTATED_PERMANENT)) {
			access.moved(plan.completeWorks(Actor.of(caller), now));
		}
		return reported;
	}

}
