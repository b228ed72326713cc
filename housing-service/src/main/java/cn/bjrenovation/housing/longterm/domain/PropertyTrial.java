package cn.bjrenovation.housing.longterm.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.VoteMatter;
import cn.bjrenovation.housing.vote.domain.VoteStatus;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * 先尝后买 (A1-11): a property company the street pre-selected serves the community for a trial period without contract
 * or fee; at its end the owners vote on hiring it (more than half, 民法典 第二百七十八条 item 4). A passing vote leads to
 * the contract; a failing one reopens the choice, and a new trial may be recorded.
 *
 * <p>A trial may be recorded from the start of construction to the acceptance (CONSTRUCTION_STARTED,
 * CONSTRUCTION_COMPLETED or ACCEPTED): the plan brings the property service in with the renovation (改造与物业管理同步),
 * so the owners taste it while the works finish and decide once they are accepted.
 *
 * @param voteId the vote that ended the trial; null while it serves
 */
public record PropertyTrial(UUID id, ProjectId projectId, String propertyCompany, LocalDate startsOn,
		LocalDate endsOn, TrialStatus status, UUID voteId, String recordedBy, Instant recordedAt) {

	/** The project statuses a trial may be recorded in. */
	public static final Set<ProjectStatus> RECORDABLE_IN = EnumSet.of(ProjectStatus.CONSTRUCTION_STARTED,
			ProjectStatus.CONSTRUCTION_COMPLETED, ProjectStatus.ACCEPTED);

	/**
	 * A trial starts for a project.
	 * @throws ConflictException when the project is in no status a trial may be recorded in (naming it)
	 */
	public static PropertyTrial start(ProjectId projectId, ProjectStatus projectStatus, String propertyCompany,
			LocalDate startsOn, LocalDate endsOn, String recordedBy, Instant at) {
		if (!RECORDABLE_IN.contains(projectStatus)) {
			throw new ConflictException("project " + projectId + " is " + projectStatus
					+ ": a try-before-buy trial is recorded only from CONSTRUCTION_STARTED to ACCEPTED");
		}
		return new PropertyTrial(UUID.randomUUID(), projectId, propertyCompany, startsOn, endsOn, TrialStatus.SERVING,
				null, recordedBy, at);
	}

	/**
	 * The owners' vote ends the trial: CONTRACTED when it passed, REOPENED when it failed.
	 * @throws InvalidInputException on {@code voteId} when the vote is not a closed hiring vote of the project's
	 * community
	 * @throws ConflictException when the trial is no longer serving
	 */
	public PropertyTrial endedBy(OwnersVote vote, cn.bjrenovation.platform.place.CommunityId community) {
		if (status != TrialStatus.SERVING) {
			throw new ConflictException("the try-before-buy trial of project " + projectId + " is " + status
					+ (status == TrialStatus.REOPENED ? "; record a new trial first" : ""));
		}
		if (vote.matter() != VoteMatter.HIRE_PROPERTY_COMPANY || !vote.communityId().equals(community)
				|| (vote.projectId() != null && !vote.projectId().equals(projectId))) {
			throw new InvalidInputException("voteId", "vote " + vote.id()
					+ " is not a vote on hiring a property company (HIRE_PROPERTY_COMPANY) of this project's community");
		}
		if (vote.status() == VoteStatus.OPEN) {
			throw new ConflictException("vote " + vote.id() + " is OPEN: the street closes it before the contract");
		}
		return new PropertyTrial(id, projectId, propertyCompany, startsOn, endsOn,
				vote.passed() ? TrialStatus.CONTRACTED : TrialStatus.REOPENED, vote.id().value(), recordedBy,
				recordedAt);
	}

}
