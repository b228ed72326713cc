package cn.bjrenovation.finance.socialcapital.application;

import java.util.UUID;

import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A filtered page of social-capital agreements.
 *
 * @param project null for any
 * @param party a part of the party's name, null for any
 * @param after the page token: the last agreement id of the previous page, or null
 */
public record ListAgreementsCommand(ProjectId project, String party, UUID after, int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 500;

	/** @throws InvalidInputException listing every bad field */
	public static ListAgreementsCommand of(String projectId, String party, Integer pageSize, String pageToken) {
		FieldCheck check = new FieldCheck();
		ProjectId project = blank(projectId) ? null : check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		if (!blank(party)) {
			check.plainText(party, "party", 200);
		}
		int size = pageSize == null || pageSize == 0 ? DEFAULT_PAGE_SIZE : pageSize;
		check.require(size >= 1 && size <= MAX_PAGE_SIZE, "pageSize", "must be 1 to " + MAX_PAGE_SIZE + ", was " + size);
		UUID after = null;
		if (!blank(pageToken)) {
			try {
				after = UUID.fromString(pageToken);
			}
			catch (IllegalArgumentException ex) {
				check.require(false, "pageToken", "is not a token this list handed out");
			}
		}
		check.throwIfAny();
		return new ListAgreementsCommand(project, blank(party) ? null : party.strip(), after, size);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
