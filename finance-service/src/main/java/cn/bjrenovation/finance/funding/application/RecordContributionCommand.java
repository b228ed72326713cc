package cn.bjrenovation.finance.funding.application;

import java.util.List;

import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * What DRC's fixed-asset funding or HPF's provident-fund withdrawal brings to a project, checked where it enters.
 *
 * @param households how many households withdrew (withdrawals only; null otherwise)
 */
public record RecordContributionCommand(ProjectId project, long amountFen, List<String> items, Integer households,
		String reference) {

	/** @throws InvalidInputException listing every bad field at once */
	public static RecordContributionCommand of(String projectId, Long amountFen, List<String> items, Integer households,
			String reference, boolean withdrawal) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		if (amountFen == null) {
			check.present(null, "amountFen");
		}
		else {
			check.require(amountFen > 0 && amountFen <= 100_000_000_000_000L, "amountFen",
					amountFen + " fen: more than zero and at most 一万亿元");
		}
		List<String> codes = items == null ? List.of() : items;
		check.require(codes.size() <= 100, "items", "at most 100 items");
		for (int i = 0; i < codes.size() && i < 100; i++) {
			check.notBlank(codes.get(i), "items[" + i + "]", 60).plainText(codes.get(i), "items[" + i + "]", 60);
		}
		if (withdrawal) {
			check.require(households != null && households > 0 && households <= 100_000, "households",
					"how many households withdrew: 1–100000");
		}
		check.plainText(reference, "reference", 200).throwIfAny();
		return new RecordContributionCommand(project, amountFen, codes.stream().map(String::strip).toList(),
				withdrawal ? households : null, reference.strip());
	}

}
