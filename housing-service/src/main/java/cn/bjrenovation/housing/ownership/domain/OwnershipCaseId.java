package cn.bjrenovation.housing.ownership.domain;

import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of an ownership case. */
public record OwnershipCaseId(UUID value) {

	public static OwnershipCaseId newId() {
		return new OwnershipCaseId(UUID.randomUUID());
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a UUID */
	public static OwnershipCaseId parse(String text, String field) {
		try {
			return new OwnershipCaseId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not an ownership case id (a UUID)");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
