package cn.bjrenovation.housing.longterm.application;

import java.time.LocalDate;

import cn.bjrenovation.housing.acceptance.application.Dates;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.vote.domain.VoteId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** The owners' organisation records the property-service contract, citing the owners' vote on hiring the company. */
public record SignContractCommand(ProjectId projectId, VoteId voteId, LocalDate signedOn, String propertyCompany) {

	/** @throws InvalidInputException naming every bad field at once */
	public static SignContractCommand of(String projectId, String voteId, String signedOn, String propertyCompany) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		VoteId vote = check.parsed(() -> VoteId.parse(voteId, "voteId"));
		LocalDate on = check.parsed(() -> Dates.parse(signedOn, "signedOn"));
		check.plainText(propertyCompany, "propertyCompany", 200).throwIfAny();
		return new SignContractCommand(id, vote, on, propertyCompany.strip());
	}

}
