package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * One page of a keyset-paginated list: the order, the page size and the position after which the page starts
 * (null for the first page). Keyset pages stay fast and stable however deep one pages.
 */
public record PageRequest(CommunitySort.Order order, int size, Cursor after) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	/** The sort value and id of the last row of the previous page. */
	public record Cursor(String sortValue, String id) {
	}

	public static PageRequest of(CommunitySort.Order order, Integer size, Cursor after) {
		int pageSize = size == null || size == 0 ? DEFAULT_SIZE : size;
		new FieldCheck().require(pageSize >= 1 && pageSize <= MAX_SIZE, "pageSize",
				"must be between 1 and " + MAX_SIZE + ", was " + pageSize).throwIfAny();
		return new PageRequest(order, pageSize, after);
	}

}
