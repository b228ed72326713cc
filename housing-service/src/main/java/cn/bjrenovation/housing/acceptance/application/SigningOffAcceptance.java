package cn.bjrenovation.housing.acceptance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.bjrenovation.housing.acceptance.domain.JointAcceptance;
import cn.bjrenovation.housing.acceptance.domain.JointAcceptances;
import cn.bjrenovation.housing.acceptance.domain.PartySignOff;
import cn.bjrenovation.housing.project.application.AdvancingProject;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A party signs the joint acceptance off, or refuses it with findings. Who may record which party's decision is the
 * duty policy's ({@code acceptanceParty} in the grants of {@value #OPERATION}): the district for the builder and the
 * property company (they hold no accounts), the community organisation for the owners, the street for itself, each
 * operator for its own utility. The sign-off that completes every required party's passes the acceptance, and the
 * project moves to ACCEPTED in the same transaction; a project is never ACCEPTED with a sign-off missing.
 */
@Service
public class SigningOffAcceptance {

	static final String OPERATION = ProjectAction.Operations.ACCEPTANCE_SIGN_OFF;

	private final Projects projects;

	private final JointAcceptances acceptances;

	private final AdvancingProject advancing;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	SigningOffAcceptance(Projects projects, JointAcceptances acceptances,
			AdvancingProject advancing, DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.projects = projects;
		this.acceptances = acceptances;
		this.advancing = advancing;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when the project or its acceptance is unknown
	 * @throws ForbiddenException when the caller may not record this party's decision on this project: outside its
	 * place, or another party's (the reason names which); one answer for both, as for any act the caller is not
	 * entitled to
	 * @throws ConflictException when the acceptance has passed already
	 */
	@Transactional
	public JointAcceptance signOff(Caller caller, SignOffCommand command) {
		Reach signing = policy.reach(caller, OPERATION);
		RenovationProject project = projects.find(command.projectId())
			.orElseThrow(() -> new NotFoundException("project", command.projectId()));
		signing.requireCovers(AcceptancePlaces.signOff(project, signing, command.party(), command.utility()));
		JointAcceptance current = acceptances.find(project.id())
			.orElseThrow(() -> new NotFoundException("joint acceptance of project", command.projectId()));
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		JointAcceptance decided = current.decide(command.party(), command.utility(), command.decision(),
				command.findings(), caller.subject(), now);
		PartySignOff decision = decided.parties()
			.stream()
			.filter(party -> party.is(command.party(), command.utility()))
			.findFirst()
			.orElseThrow();
		acceptances.decided(decided, decision, caller.role().name());
		audit.changed(OPERATION, project.id(), decision.name() + " " + command.decision()
				+ (command.findings().isEmpty() ? "" : ", " + command.findings().size() + " finding(s)"));
		if (decided.passed()) {
			advancing.advanceAfter(AdvancingProject.actor(caller), project.id(), ProjectAction.PASS_ACCEPTANCE,
					List.of());
			acceptances.communityAccepted(project.communityId(), LocalDate.ofInstant(now, clock.getZone()));
		}
		return decided;
	}

}
