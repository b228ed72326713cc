package cn.bjrenovation.housing.longterm.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.housing.longterm.domain.LongTermManagement;
import cn.bjrenovation.housing.longterm.domain.PropertyContract;
import cn.bjrenovation.housing.longterm.domain.PropertyTrial;
import cn.bjrenovation.housing.longterm.domain.TrialStatus;
import cn.bjrenovation.housing.project.application.AdvancingProject;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.Votes;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a try-before-buy trial (先尝后买, A1-11), recorded by the owners' organisation of the community: the owners'
 * closed vote on hiring the company decides. A passing vote records the property-service contract (the project must be
 * ACCEPTED) — and, if the maintenance fund is raised already, the project comes under long-term management; a failing
 * vote reopens the choice (the trial is REOPENED, and the street may record a new one).
 */
@Service
public class SigningContract {

	static final String OPERATION = ProjectAction.Operations.LONG_TERM_MANAGEMENT;

	private final Projects projects;

	private final Votes votes;

	private final LongTermManagement management;

	private final ManagedProjects managed;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	SigningContract(Projects projects, Votes votes, LongTermManagement management, ManagedProjects managed,
			DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.projects = projects;
		this.votes = votes;
		this.management = management;
		this.managed = managed;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when the project is unknown or outside the caller's reach
	 * @throws InvalidInputException when the vote is unknown or not this community's hiring vote, or names another
	 * company than the trial's
	 * @throws ConflictException when no trial serves, the vote is open, or (for a contract) the project is not ACCEPTED
	 */
	@Transactional
	public LongTermView sign(Caller caller, SignContractCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		RenovationProject project = projects.find(command.projectId())
			.orElseThrow(() -> new NotFoundException("project", command.projectId()));
		reach.requireVisible(project.place(reach), "project", command.projectId());
		PropertyTrial trial = management.liveTrial(project.id())
			.orElseThrow(() -> new ConflictException("project " + project.id()
					+ " has no try-before-buy trial serving; the street records one first"));
		OwnersVote vote = votes.find(command.voteId())
			.orElseThrow(() -> new InvalidInputException("voteId", "no vote " + command.voteId()));
		PropertyTrial ended = trial.endedBy(vote, project.communityId());
		if (ended.status() == TrialStatus.CONTRACTED) {
			if (!trial.propertyCompany().equals(command.propertyCompany())) {
				throw new InvalidInputException("propertyCompany", "the owners voted on " + trial.propertyCompany()
						+ ", who served the trial, not " + command.propertyCompany());
			}
			if (project.status() != ProjectStatus.ACCEPTED) {
				throw new ConflictException("project " + project.id() + " is " + project.status()
						+ ": the property-service contract is recorded once the joint acceptance has passed (ACCEPTED)");
			}
		}
		management.trialEnded(ended);
		if (ended.status() == TrialStatus.REOPENED) {
			audit.changed(OPERATION, project.id(), "vote " + vote.id() + " FAILED: the choice of " + trial.propertyCompany()
					+ " is reopened");
			return view(project, ended);
		}
		management.addContract(new PropertyContract(project.id(), trial.id(), vote.id().value(),
				command.propertyCompany(), command.signedOn(), caller.subject(),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
		audit.changed(OPERATION, project.id(), "property-service contract with " + command.propertyCompany()
				+ " signed on " + command.signedOn() + " after vote " + vote.id());
		managed.moveIfReady(project, AdvancingProject.actor(caller), "物业服务合同已签订，维修资金已筹集");
		return view(projects.find(project.id()).orElseThrow(), ended);
	}

	private LongTermView view(RenovationProject project, PropertyTrial trial) {
		return new LongTermView(project.status(), trial, management.contract(project.id()).orElse(null),
				management.fundRaisedSince(project.communityId(), project.appliedAt()));
	}

}
