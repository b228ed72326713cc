package cn.bjrenovation.housing.publicboard.application;

import cn.bjrenovation.housing.publicboard.domain.NoticeSearch;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A search of the board from its query parameters, every bad one reported at once. */
public final class NoticeSearches {

	/** The page size when none is asked for, and the largest one answered. */
	public static final int DEFAULT_PAGE_SIZE = 20, MAX_PAGE_SIZE = 100;

	/** The longest name fragment searched for. */
	static final int MAX_TEXT = 50;

	private NoticeSearches() {
	}

	/** @throws InvalidInputException naming every bad parameter */
	public static NoticeSearch of(String q, String district, String street, Integer pageSize, String pageToken) {
		FieldCheck check = new FieldCheck();
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null) {
			check.plainText(text, "q", MAX_TEXT);
		}
		DistrictCode districtCode = district == null || district.isBlank() ? null
				: check.parsed(() -> DistrictCode.parse(district, "district"));
		StreetCode streetCode = street == null || street.isBlank() ? null
				: check.parsed(() -> StreetCode.parse(street, "street"));
		int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
		check.require(size >= 1 && size <= MAX_PAGE_SIZE, "pageSize", "must be between 1 and " + MAX_PAGE_SIZE);
		NoticeSearch.Cursor after = check.parsed(() -> NoticePageTokens.decode(pageToken, "pageToken"));
		check.throwIfAny();
		return new NoticeSearch(text, districtCode, streetCode, size, after);
	}

}
