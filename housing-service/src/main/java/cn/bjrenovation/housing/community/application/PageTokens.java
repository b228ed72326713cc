package cn.bjrenovation.housing.community.application;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.bjrenovation.housing.community.domain.CommunitySort;
import cn.bjrenovation.housing.community.domain.PageRequest;
import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * Opaque page tokens: the order they were made for plus the last row's sort value and id. A token is only
 * valid with the order it was made for.
 */
public final class PageTokens {

	private static final char SEPARATOR = '\u001f';

	private PageTokens() {
	}

	public static String encode(CommunitySort.Order order, PageRequest.Cursor cursor) {
		if (cursor == null) {
			return null;
		}
		String raw = prefix(order) + cursor.sortValue() + SEPARATOR + cursor.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	public static PageRequest.Cursor decode(CommunitySort.Order order, String token, String field) {
		if (token == null || token.isBlank()) {
			return null;
		}
		String raw;
		try {
			raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "is not a token this list handed out");
		}
		String prefix = prefix(order);
		int last = raw.lastIndexOf(SEPARATOR);
		if (!raw.startsWith(prefix) || last < prefix.length()) {
			throw new InvalidInputException(field, "was made for another sort order; start again without it");
		}
		String sortValue = raw.substring(prefix.length(), last);
		String id = raw.substring(last + 1);
		if ((sortValue + id).chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException(field, "is not a token this list handed out");
		}
		return new PageRequest.Cursor(sortValue, id);
	}

	private static String prefix(CommunitySort.Order order) {
		return order.sort().parameter() + (order.descending() ? "-" : "+") + SEPARATOR;
	}

}
