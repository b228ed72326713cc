package cn.bjrenovation.planning.design.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * The commission's permit determinations for items of an approved scheme (A3-8), and the checks after the works of
 * notification-commitment items (告知承诺).
 */
public record DeterminePermitsCommand(ProjectId projectId, List<ReviewDesignCommand.PermitChoice> permits,
		List<Check> checks) {

	/** One check as entered. */
	public record CheckInput(String catalogueCode, Boolean passed, String note) {
	}

	/** One check, checked. */
	public record Check(String code, boolean passed, String note) {
	}

	/** @throws InvalidInputException listing every bad field */
	public static DeterminePermitsCommand of(String projectId, List<ReviewDesignCommand.PermitInput> permits,
			List<CheckInput> checks) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		List<ReviewDesignCommand.PermitInput> entries = permits == null ? List.of() : permits;
		List<CheckInput> given = checks == null ? List.of() : checks;
		check.require(!entries.isEmpty() || !given.isEmpty(), "permits", "determine at least one permit or record one check");
		List<ReviewDesignCommand.PermitChoice> choices = ReviewDesignCommand.permitChoices(entries, check);
		List<Check> checked = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			CheckInput input = given.get(i);
			String at = "checks[" + i + "]";
			if (input == null) {
				check.present(null, at);
				continue;
			}
			check.notBlank(input.catalogueCode(), at + ".catalogueCode", 64);
			check.require(input.catalogueCode() == null || codes.add(input.catalogueCode()), at + ".catalogueCode",
					"listed twice");
			check.present(input.passed(), at + ".passed");
			check.plainText(input.note(), at + ".note", ReviewDesignCommand.MAX_REASON);
			checked.add(new Check(input.catalogueCode(), Boolean.TRUE.equals(input.passed()),
					input.note() == null ? null : input.note().strip()));
		}
		check.throwIfAny();
		return new DeterminePermitsCommand(id, choices, checked);
	}

}
