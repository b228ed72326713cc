package cn.bjrenovation.housing.acceptance.domain;

import java.time.LocalDate;
import java.util.Optional;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.place.CommunityId;

/** The joint acceptances, one per project, with every decision their parties gave. */
public interface JointAcceptances {

	/** @throws cn.bjrenovation.platform.problems.ConflictException when the project has an acceptance already */
	void add(JointAcceptance acceptance);

	Optional<JointAcceptance> find(ProjectId projectId);

	/** Stores a party's decision (kept on record) and the acceptance's status after it. */
	void decided(JointAcceptance acceptance, PartySignOff decision, String role);

	/** 先改造、后移交: records that the community's renovation passed joint acceptance, which handovers wait for. */
	void communityAccepted(CommunityId community, LocalDate on);

}
