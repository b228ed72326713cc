package cn.bjrenovation.housing.community.domain;

import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of a community (小区) in the city-wide database. */
public record CommunityId(UUID value) {

	public static CommunityId newId() {
		return new CommunityId(UUID.randomUUID());
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a UUID */
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
