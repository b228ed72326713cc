package cn.bjrenovation.housing.longterm.domain;

import java.time.Instant;
import java.util.Optional;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.place.CommunityId;

/**
 * What long-term management (长效管理) waits for: the trials, the signed contract, and the community's maintenance fund
 * set up or topped up (as finance said on {@code finance.maintenance}).
 */
public interface LongTermManagement {

	/** @throws cn.bjrenovation.platform.problems.ConflictException when the project has a trial serving or contracted */
	void addTrial(PropertyTrial trial);

	/** The project's trial that is not reopened: serving, or contracted. */
	Optional<PropertyTrial> liveTrial(ProjectId project);

	/** The project's latest trial, whatever its status. */
	Optional<PropertyTrial> latestTrial(ProjectId project);

	void trialEnded(PropertyTrial trial);

	void addContract(PropertyContract contract);

	Optional<PropertyContract> contract(ProjectId project);

	/**
	 * Records a raising of the community's maintenance fund, once per event.
	 * @return false when this event was recorded already
	 */
	boolean fundRaised(String eventId, CommunityId community, long amountFen, long balanceFen, String voteReference,
			Instant movedAt);

	/** Whether the community's fund was raised (set up or topped up) at or after {@code since}. */
	boolean fundRaisedSince(CommunityId community, Instant since);

}
