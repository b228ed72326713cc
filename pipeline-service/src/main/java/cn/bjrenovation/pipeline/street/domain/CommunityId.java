package cn.bjrenovation.pipeline.street.domain;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** A community by housing's id for it: pipeline keeps housing's ids, it never issues its own. */
public record CommunityId(UUID value) {

	public CommunityId {
		Objects.requireNonNull(value, "a community id needs a value");
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a community id (a UUID) */
	public static CommunityId parse(String text, String field) {
		try {
			return new CommunityId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a community id (a UUID)");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
