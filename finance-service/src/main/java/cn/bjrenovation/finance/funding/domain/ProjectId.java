package cn.bjrenovation.finance.funding.domain;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.Echo;
import cn.bjrenovation.platform.problems.InvalidInputException;

/** A renovation project, known by housing's id: a project has one funding plan. */
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
			throw new InvalidInputException(field, "'" + Echo.cut(String.valueOf(text), 80) + "' is not a project id (a UUID)");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
