package cn.bjrenovation.finance.funding.application;

import cn.bjrenovation.finance.funding.domain.FundingStatus;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A filtered page of funding plans.
 *
 * @param status null for any
 * @param year the plan year, null for any
 * @param district null for any
 * @param after the page token: the last project id of the previous page, or null
 */
public record ListFundingPlansCommand(FundingStatus status, Integer year, DistrictCode district, ProjectId after,
		int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 50;

	/** Each plan is read whole (shares, commitments, tranches, contributions): pages stay small. */
	public static final int MAX_PAGE_SIZE = 200;

	/** @throws InvalidInputException listing every bad field */
	public static ListFundingPlansCommand of(String status, Integer year, String districtCode, Integer pageSize,
			String pageToken) {
		FieldCheck check = new FieldCheck();
		FundingStatus wanted = null;
		if (!blank(status)) {
			try {
				wanted = FundingStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException ex) {
				check.require(false, "status", "'" + status.strip() + "' is not one of "
						+ java.util.Arrays.toString(FundingStatus.values()));
			}
		}
		check.require(year == null || year >= 2000 && year <= 2100, "year", year + " is not a plan year (2000–2100)");
		DistrictCode district = blank(districtCode) ? null
				: check.parsed(() -> DistrictCode.parse(districtCode, "districtCode"));
		int size = pageSize == null || pageSize == 0 ? DEFAULT_PAGE_SIZE : pageSize;
		check.require(size >= 1 && size <= MAX_PAGE_SIZE, "pageSize", "must be 1 to " + MAX_PAGE_SIZE + ", was " + size);
		ProjectId after = blank(pageToken) ? null : check.parsed(() -> ProjectId.parse(pageToken, "pageToken"));
		check.throwIfAny();
		return new ListFundingPlansCommand(wanted, year, district, after, size);
	}

	private static boolean blank(String text) {
		return text == null || text.isEmpty();
	}

}
