package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import cn.bjrenovation.pipeline.coordination.domain.Actor;
import cn.bjrenovation.pipeline.coordination.domain.Confirmation;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator confirms its utility's part of an invited plan: scope, its own dates inside its windows, and what it
 * pays for its own network (the plan has operators fund their networks). The duty policy holds an operator to its own
 * utility, so it cannot confirm for another. The last confirmation coordinates the plan (PipelinesCoordinated).
 */
@Service
public class ConfirmingPart {

	static final String OPERATION = "pipeline.part.confirm";

	private final PlanAccess access;

	private final TrenchWindows windows;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	ConfirmingPart(PlanAccess access, TrenchWindows windows, DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.access = access;
		this.windows = windows;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ForbiddenException when the part is not the caller's utility
	 * @throws RuleViolationException when the dates lie outside the utility's windows
	 */
	@Transactional
	public CoordinationPlan confirm(Caller caller, ConfirmPartCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		CoordinationPlan plan = access.locked(reach, command.projectId());
		reach.requireCovers(plan.project().place(command.utility().token()));
		plan.requirePart(command.utility());
		Confirmation confirmation = command.confirmation();
		List<TrenchWindow> own = windows.ofProject(plan.id())
			.stream()
			.filter(window -> window.participant(plan.id(), command.utility()).isPresent())
			.toList();
		LocalDate first = own.stream().map(TrenchWindow::start).min(Comparator.naturalOrder()).orElse(null);
		LocalDate last = own.stream().map(TrenchWindow::end).max(Comparator.naturalOrder()).orElse(null);
		if (first != null && (confirmation.from().isBefore(first) || confirmation.to().isAfter(last))) {
			throw new RuleViolationException(OpeningWindow.DIG_ONCE,
					confirmation.from().isBefore(first) ? "from" : "to", command.utility() + " works from "
							+ confirmation.from() + " to " + confirmation.to() + " lie outside its windows, " + first
							+ " to " + last + "; ask for a change instead");
		}
		Actor actor = Actor.of(caller);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		CoordinationPlan confirmed = plan.confirm(command.utility(), confirmation, actor, now);
		access.moved(confirmed);
		audit.changed(OPERATION, plan.id(), command.utility() + " confirmed: " + confirmation.from() + " to "
				+ confirmation.to() + ", contribution " + confirmation.contributionFen() + " fen");
		return confirmed.coordinated(actor, now).map(coordinated -> {
			access.moved(coordinated);
			return coordinated;
		}).orElse(confirmed);
	}

}
