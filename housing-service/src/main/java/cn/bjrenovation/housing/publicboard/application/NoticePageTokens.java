package cn.bjrenovation.housing.publicboard.application;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import cn.bjrenovation.housing.publicboard.domain.NoticeSearch;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.InvalidInputException;

/** Opaque page tokens of the board's search: the last community's id and name. */
final class NoticePageTokens {

	private static final String PREFIX = "n1:";

	private NoticePageTokens() {
	}

	static String encode(NoticeSearch.Cursor cursor) {
		String raw = PREFIX + cursor.communityId() + ":" + cursor.communityName();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** @throws InvalidInputException naming {@code field} when the token was not handed out by this search */
	static NoticeSearch.Cursor decode(String token, String field) {
		if (token == null || token.isBlank()) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			if (!raw.startsWith(PREFIX) || raw.length() < PREFIX.length() + 37) {
				throw new IllegalArgumentException("not a notice page token");
			}
			UUID id = UUID.fromString(raw.substring(PREFIX.length(), PREFIX.length() + 36));
			if (raw.charAt(PREFIX.length() + 36) != ':') {
				throw new IllegalArgumentException("not a notice page token");
			}
			return new NoticeSearch.Cursor(raw.substring(PREFIX.length() + 37), new CommunityId(id));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "is not a token this list handed out");
		}
	}

}
