package cn.bjrenovation.housing.community.persistence;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunitySort;
import cn.bjrenovation.housing.community.domain.Page;
import cn.bjrenovation.housing.community.domain.PageRequest;
import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * Keyset pagination over {@code community c}: rows strictly after the previous page's last (sort value, id),
 * in sort order, one more than the page size to learn whether another page follows.
 */
final class KeysetSql {

	final Map<String, Object> params = new HashMap<>();

	private final PageRequest page;

	private final String column;

	private final String type;

	KeysetSql(PageRequest page) {
		this.page = page;
		switch (page.order().sort()) {
			case BUILD_YEAR -> {
				column = "c.build_year";
				type = "smallint";
			}
			case HOTLINE_COMPLAINTS -> {
				column = "c.hotline_complaints";
				type = "integer";
			}
			case REGISTERED_AT -> {
				column = "c.registered_at";
				type = "timestamptz";
			}
			default -> {
				column = "c.name";
				type = "text";
			}
		}
	}

	String after() {
		if (page.after() == null) {
			return "";
		}
		try {
			params.put("afterId", UUID.fromString(page.after().id()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("pageToken", "is not a token this list handed out");
		}
		params.put("afterValue", page.after().sortValue());
		return " AND (" + column + ", c.id) " + (page.order().descending() ? "<" : ">") + " (CAST(:afterValue AS "
				+ type + "), :afterId)";
	}

	String orderAndLimit() {
		String direction = page.order().descending() ? " DESC" : "";
		params.put("limit", page.size() + 1);
		return " ORDER BY " + column + direction + ", c.id" + direction + " LIMIT :limit";
	}

	Page<Community> page(List<Community> rows) {
		if (rows.size() <= page.size()) {
			return new Page<>(rows, null);
		}
		List<Community> items = rows.subList(0, page.size());
		Community last = items.get(items.size() - 1);
		return new Page<>(List.copyOf(items), new PageRequest.Cursor(sortValue(last), last.id().toString()));
	}

	private String sortValue(Community community) {
		CommunitySort sort = page.order().sort();
		return switch (sort) {
			case BUILD_YEAR -> String.valueOf(community.survey().buildYear());
			case HOTLINE_COMPLAINTS -> String.valueOf(community.survey().hotlineComplaints());
			case REGISTERED_AT -> DateTimeFormatter.ISO_INSTANT.format(community.registeredAt());
			case NAME -> community.name();
		};
	}

}
