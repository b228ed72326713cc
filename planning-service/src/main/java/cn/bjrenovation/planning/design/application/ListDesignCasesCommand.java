package cn.bjrenovation.planning.design.application;

import cn.bjrenovation.planning.design.domain.DesignCaseStatus;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A filtered page of design cases.
 *
 * @param district null for any
 * @param street null for any
 * @param status null for any
 * @param after the page token: the last project id of the previous page, or null
 */
public record ListDesignCasesCommand(DistrictCode district, StreetCode street, DesignCaseStatus status, ProjectId after,
		int pageSize) {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 500;

	/**
	 * @param fields the names of the fields as the caller's door spells them: district, street, status, page size,
	 * page token
	 * @throws InvalidInputException listing every bad field
	 */
	public static ListDesignCasesCommand of(String districtCode, String streetCode, String status, Integer pageSize,
			String pageToken, String... fields) {
		FieldCheck check = new FieldCheck();
		DistrictCode district = blank(districtCode) ? null : check.parsed(() -> DistrictCode.parse(districtCode, fields[0]));
		StreetCode street = blank(streetCode) ? null : check.parsed(() -> StreetCode.parse(streetCode, fields[1]));
		DesignCaseStatus wanted = Choices.of(status, fields[2], DesignCaseStatus.class, false, check);
		int size = pageSize == null || pageSize == 0 ? DEFAULT_PAGE_SIZE : pageSize;
		check.require(size >= 1 && size <= MAX_PAGE_SIZE, fields[3], "must be 1 to " + MAX_PAGE_SIZE + ", was " + size);
		ProjectId after = blank(pageToken) ? null
				: check.parsed(() -> ProjectId.parse(pageToken, fields[4]));
		check.throwIfAny();
		return new ListDesignCasesCommand(district, street, wanted, after, size);
	}

	private static boolean blank(String text) {
		return text == null || text.isEmpty();
	}

}
