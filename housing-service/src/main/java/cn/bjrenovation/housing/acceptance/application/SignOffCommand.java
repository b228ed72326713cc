package cn.bjrenovation.housing.acceptance.application;

import java.util.List;

import cn.bjrenovation.housing.acceptance.domain.AcceptanceParty;
import cn.bjrenovation.housing.acceptance.domain.SignOffDecision;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A party's decision on the works.
 *
 * @param utility for an OPERATOR party, the utility whose works it signs for (upper case, e.g. {@code GAS}); else null
 */
public record SignOffCommand(ProjectId projectId, AcceptanceParty party, String utility, SignOffDecision decision,
		List<String> findings) {

	static final int MAX_FINDINGS = 50;

	/** @throws InvalidInputException naming every bad field at once */
	public static SignOffCommand of(String projectId, String party, String utility, String decision,
			List<String> findings) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		AcceptanceParty who = check.choice(party, "party", AcceptanceParty.class);
		SignOffDecision what = check.choice(decision, "decision", SignOffDecision.class);
		String network = utility == null || utility.isBlank() ? null : utility.strip().toUpperCase();
		if (who == AcceptanceParty.OPERATOR) {
			check.require(network != null && network.matches("[A-Z_]{2,32}"), "utility",
					"an operator signs for one utility, e.g. GAS");
		}
		else if (who != null) {
			check.require(network == null, "utility", "only an OPERATOR party signs for a utility");
		}
		List<String> given = findings == null ? List.of() : findings;
		check.require(given.size() <= MAX_FINDINGS, "findings", "at most " + MAX_FINDINGS + " findings");
		for (int i = 0; i < given.size() && i < MAX_FINDINGS; i++) {
			check.plainText(given.get(i), "findings[" + i + "]", 500);
		}
		check.require(what != SignOffDecision.REFUSE || !given.isEmpty(), "findings",
				"a refusal names at least one finding to rectify");
		check.throwIfAny();
		return new SignOffCommand(id, who, network, what, given.stream().map(String::strip).toList());
	}

}
