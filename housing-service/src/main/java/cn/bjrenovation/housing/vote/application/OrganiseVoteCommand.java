package cn.bjrenovation.housing.vote.application;

import java.math.BigDecimal;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.vote.domain.VoteMatter;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A vote the street organises: the community, the project it is about (optional), the matter, the question put, and
 * the electorate — the owners and their exclusive floor area (m²).
 */
public record OrganiseVoteCommand(CommunityId communityId, ProjectId projectId, VoteMatter matter, String question,
		int owners, BigDecimal area) {

	/** The largest electorate a community has, well above any surveyed. */
	static final int MAX_OWNERS = 100_000;

	/** @throws InvalidInputException naming every bad field at once */
	public static OrganiseVoteCommand of(String communityId, String projectId, String matter, String question,
			Integer owners, BigDecimal area) {
		FieldCheck check = new FieldCheck();
		CommunityId community = check.parsed(() -> CommunityId.parse(communityId, "communityId"));
		ProjectId project = projectId == null || projectId.isBlank() ? null
				: check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		VoteMatter what = check.choice(matter, "matter", VoteMatter.class);
		check.plainText(question, "question", 500);
		check.present(owners, "owners");
		if (owners != null) {
			check.require(owners > 0 && owners <= MAX_OWNERS, "owners", "must be between 1 and " + MAX_OWNERS);
		}
		Ballots.checkArea(area, "area", check);
		check.throwIfAny();
		return new OrganiseVoteCommand(community, project, what, question.strip(), owners, area);
	}

}
