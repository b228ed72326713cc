package cn.bjrenovation.pipeline.coordination.application;

import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.PlanStatus;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trench sharing (同沟共建): utilities of a draft plan join a window already scheduled on the segment — their own
 * project's or another's on the same district's roads — as secondary participants, instead of opening their own.
 */
@Service
public class JoiningWindow {

	static final String OPERATION = "pipeline.window.join";

	private final PlanAccess access;

	private final TrenchWindows windows;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	JoiningWindow(PlanAccess access, TrenchWindows windows, DutyPolicy policy, AuditTrail audit) {
		this.access = access;
		this.windows = windows;
		this.policy = policy;
		this.audit = audit;
	}

	/** @throws NotFoundException when the plan or the window is unknown */
	@Transactional
	public TrenchWindow join(Caller caller, JoinWindowCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		CoordinationPlan plan = access.locked(reach, command.projectId());
		plan.requireStatus("utilities join windows", PlanStatus.DRAFTED);
		command.utilities().forEach(plan::requirePart);
		TrenchWindow window = windows.lock(command.windowId())
			.orElseThrow(() -> new NotFoundException("trench window", command.windowId()));
		if (!window.street().district().equals(plan.project().street().district())) {
			throw new InvalidInputException("windowId", window.describe() + " lies outside district "
					+ plan.project().districtCode() + " of project " + plan.id());
		}
		TrenchWindow joined = window.join(plan.id(), command.utilities());
		windows.update(joined);
		audit.changed(OPERATION, window.id(), command.utilities() + " of project " + plan.id() + " joined "
				+ window.describe());
		return joined;
	}

}
