package cn.bjrenovation.planning.design.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignCaseStatus;
import cn.bjrenovation.planning.design.domain.Evaluations;
import cn.bjrenovation.planning.design.domain.PostRenovationEvaluation;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsible planner records the effect evaluation (开展改造评估, A2 规自委) of a project that passed joint
 * acceptance (联合验收), once. A case becomes ACCEPTED when housing's {@code JointAcceptancePassed} arrives on
 * {@code housing.project} (see {@code FollowingPlannedProjects}); before that the evaluation is refused (409 naming
 * the acceptance it waits for).
 */
@Service
public class EvaluatingRenovation {

	static final String OPERATION = "planning.design.evaluate";

	private final DesignAccess access;

	private final Evaluations evaluations;

	private final AuditTrail audit;

	private final Clock clock;

	EvaluatingRenovation(DesignAccess access, Evaluations evaluations, AuditTrail audit, Clock clock) {
		this.access = access;
		this.evaluations = evaluations;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws ConflictException when the project is not accepted yet, or was evaluated already */
	@Transactional
	public PostRenovationEvaluation evaluate(Caller caller, EvaluateRenovationCommand command) {
		DesignCase designCase = access.visible(caller, OPERATION, command.projectId());
		if (designCase.status() != DesignCaseStatus.ACCEPTED) {
			throw new ConflictException("design case " + command.projectId() + " is " + designCase.status()
					+ ": the effect evaluation is recorded once the project passed joint acceptance (ACCEPTED, on"
					+ " housing's JointAcceptancePassed), which has not arrived");
		}
		PostRenovationEvaluation evaluation = new PostRenovationEvaluation(command.projectId(), command.rating(),
				command.findings(), caller.subject(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		if (!evaluations.add(evaluation)) {
			throw new ConflictException("project " + command.projectId() + " was evaluated already; an evaluation is "
					+ "recorded once");
		}
		audit.changed(OPERATION, command.projectId(), "evaluated " + evaluation.rating() + "/5");
		return evaluation;
	}

}
