package cn.bjrenovation.platform.place;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * A community (小区) by the id housing's city-wide database gave it: the finest place of the suite, below district
 * and street. Housing issues it; every other service keeps it, never one of its own.
 */
public record CommunityId(UUID value) {

	public CommunityId {
		Objects.requireNonNull(value, "a community id needs a value");
	}

	public static CommunityId newId() {
		return new CommunityId(UUID.randomUUID());
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
