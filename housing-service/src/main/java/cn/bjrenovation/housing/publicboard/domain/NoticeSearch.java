package cn.bjrenovation.housing.publicboard.domain;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;

/**
 * A search of the board: communities whose name contains {@code text}, in a district or on a street, by name, a page
 * at a time after {@code after}.
 *
 * @param text part of the community's name, or null
 * @param district null for every district
 * @param street null for every street
 * @param after the last entry of the previous page, or null for the first page
 */
public record NoticeSearch(String text, DistrictCode district, StreetCode street, int pageSize, Cursor after) {

	/** Where a page ends: the name and id of its last community (the board's order). */
	public record Cursor(String communityName, CommunityId communityId) {
	}

}
