package cn.bjrenovation.finance.socialcapital.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.socialcapital.domain.ServiceKind;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A social-capital agreement as DRC enters it, checked where it enters. */
public record RecordAgreementCommand(ProjectId project, String party, List<String> items, long amountFen, String terms,
		int termYears, int returnCapBasisPoints, Map<ServiceKind, Long> declaredIncomeFen) {

	/** @throws InvalidInputException listing every bad field at once */
	public static RecordAgreementCommand of(String projectId, String party, List<String> items, Long amountFen,
			String terms, Integer termYears, Integer returnCapBasisPoints, Map<String, Long> declaredIncomeFen) {
		FieldCheck check = new FieldCheck();
		ProjectId project = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		check.plainText(party, "party", 200).plainText(terms, "terms", 2000);
		List<String> codes = items == null ? List.of() : items;
		check.require(!codes.isEmpty() && codes.size() <= 100, "items", "the items invested in: 1–100");
		for (int i = 0; i < codes.size() && i < 100; i++) {
			check.plainText(codes.get(i), "items[" + i + "]", 60);
		}
		check.require(amountFen != null && amountFen > 0 && amountFen <= 100_000_000_000_000L, "amountFen",
				"more than zero and at most 一万亿元, in fen")
			.require(termYears != null && termYears >= 1 && termYears <= 70, "termYears", "1–70 years")
			.require(returnCapBasisPoints != null && returnCapBasisPoints >= 0 && returnCapBasisPoints <= 10_000,
					"returnCapBasisPoints", "the yearly return allowed, 0–10000 basis points (微利: small)");
		Map<ServiceKind, Long> incomes = new EnumMap<>(ServiceKind.class);
		if (declaredIncomeFen != null) {
			declaredIncomeFen.forEach((kind, income) -> {
				ServiceKind service = check.choice(kind, "declaredIncomeFen", ServiceKind.class);
				check.require(income != null && income >= 0 && income <= 100_000_000_000_000L,
						"declaredIncomeFen." + kind, "declared yearly income in fen, 0 or more");
				if (service != null && income != null) {
					incomes.put(service, income);
				}
			});
		}
		check.throwIfAny();
		return new RecordAgreementCommand(project, party.strip(), codes.stream().map(String::strip).toList(), amountFen,
				terms.strip(), termYears, returnCapBasisPoints, incomes);
	}

}
