package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.PlanStatus;
import cn.bjrenovation.pipeline.coordination.domain.ProtectionPeriods;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * City management schedules a dig-once trench window (开挖窗口) on a street segment for utilities of a draft plan. The
 * segment must be free on those dates — no other window, of any project, that is not released may meet them (the
 * database holds this, so two requests at the same moment cannot both get in) — and outside the protection period
 * after a completed window (《城市道路管理条例》第三十三条), unless an approved exception is given and recorded. A refusal
 * names the window in the way; utilities whose works touch a segment with a window join it instead.
 */
@Service
public class OpeningWindow {

	static final String OPERATION = "pipeline.window.open";

	/** The rule a second window on a busy segment breaks, as a refusal names it. */
	static final String DIG_ONCE = "管线统筹 一次开挖 (dig once: one trench window per segment at a time)";

	static final String ARTICLE_33 = "《城市道路管理条例》第三十三条";

	private final PlanAccess access;

	private final TrenchWindows windows;

	private final ProtectionPeriods periods;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	OpeningWindow(PlanAccess access, TrenchWindows windows, ProtectionPeriods periods, DutyPolicy policy,
			AuditTrail audit, Clock clock) {
		this.access = access;
		this.windows = windows;
		this.periods = periods;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws RuleViolationException naming the window in the way (dig once) or the protecting window (Art. 33)
	 */
	@Transactional
	public TrenchWindow open(Caller caller, OpenWindowCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		CoordinationPlan plan = access.locked(reach, command.projectId());
		plan.requireStatus("windows are scheduled", PlanStatus.DRAFTED);
		command.utilities().forEach(plan::requirePart);
		if (!command.segment().street().district().equals(plan.project().street().district())) {
			throw new InvalidInputException("segmentCode", "segment " + command.segment() + " lies outside district "
					+ plan.project().districtCode() + " of project " + plan.id());
		}
		TrenchWindow protecting = windows.protecting(command.segment(), command.start()).orElse(null);
		if (protecting != null && command.exception() == null) {
			throw new RuleViolationException(ARTICLE_33, "startDate", "segment " + command.segment()
					+ " is protected until " + protecting.protectedUntil() + " after " + protecting.describe()
					+ " completed on " + protecting.completedOn() + " (" + periods.clause(protecting.roadWork())
					+ "); a window may open from " + protecting.protectedUntil().plusDays(1)
					+ ", or earlier with an approved exception (protectionException)");
		}
		windows.overlapping(command.segment(), command.start(), command.end()).ifPresent(OpeningWindow::refuse);
		TrenchWindow window = TrenchWindow.open(command.segment(), command.segmentName(), command.start(),
				command.end(), command.roadWork(), plan.id(), command.utilities(),
				protecting == null ? null : command.exception(), caller.subject(),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		windows.add(window).ifPresent(OpeningWindow::refuse);
		audit.changed(OPERATION, window.id(), "opened " + window.describe() + " for " + command.utilities()
				+ " of project " + plan.id() + (window.exception() == null ? ""
						: " under exception " + window.exception().approvalReference()));
		return window;
	}

	static void refuse(TrenchWindow inTheWay) {
		throw new RuleViolationException(DIG_ONCE, "startDate", "segment " + inTheWay.segment() + " already has "
				+ inTheWay.describe() + " ("
				+ inTheWay.participants()
					.stream()
					.map(participant -> participant.utility() + " of project " + participant.projectId() + " "
							+ participant.role())
					.collect(Collectors.joining(", "))
				+ "); join it (POST /api/pipeline/plans/{projectId}/windows/" + inTheWay.id()
				+ "/participants) or choose dates outside it");
	}

}
