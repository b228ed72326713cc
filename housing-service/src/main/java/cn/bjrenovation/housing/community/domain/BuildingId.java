package cn.bjrenovation.housing.community.domain;

import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of a building (楼栋). */
public record BuildingId(UUID value) {

	public static BuildingId newId() {
		return new BuildingId(UUID.randomUUID());
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a UUID */
	public static BuildingId parse(String text, String field) {
		try {
			return new BuildingId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a building id (a UUID)");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
