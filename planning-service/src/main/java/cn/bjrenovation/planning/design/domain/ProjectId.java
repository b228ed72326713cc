package cn.bjrenovation.planning.design.domain;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of a renovation project in housing-service; a project has one design case, known by this id. */
public record ProjectId(UUID value) {

	public ProjectId {
		Objects.requireNonNull(value, "a project id needs a value");
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a project id (a UUID) */
	public static ProjectId parse(String text, String field) {
		try {
			return new ProjectId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a project id (a UUID)");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
