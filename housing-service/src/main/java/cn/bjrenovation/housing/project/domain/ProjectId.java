package cn.bjrenovation.housing.project.domain;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of one renovation project (改造项目): the answer, its history, its events and the audit trail name it. */
public record ProjectId(UUID value) {

	public ProjectId {
		Objects.requireNonNull(value, "a project id needs a value");
	}

	public static ProjectId newId() {
		return new ProjectId(UUID.randomUUID());
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
