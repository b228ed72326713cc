package cn.bjrenovation.pipeline.coordination.domain;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** A renovation project by housing's id: a project has at most one coordination plan, known by this id. */
public record ProjectId(UUID value) {

	public ProjectId {
		Objects.requireNonNull(value, "a project id needs a value");
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a project id (a UUID) */
	public static ProjectId parse(String text, String field) {
		try {
			UUID uuid = UUID.fromString(text);
			if (uuid.toString().equals(text)) {
				return new ProjectId(uuid);
			}
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// answered below
		}
		throw new InvalidInputException(field, "'" + Echoes.cut(text) + "' is not a project id (a UUID)");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
