package cn.bjrenovation.pipeline.coordination.domain;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of one trench window: the calendar, the plans sharing it and the audit trail name the same one. */
public record WindowId(UUID value) {

	public WindowId {
		Objects.requireNonNull(value, "a window id needs a value");
	}

	public static WindowId newId() {
		return new WindowId(UUID.randomUUID());
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a window id (a UUID) */
	public static WindowId parse(String text, String field) {
		try {
			UUID uuid = UUID.fromString(text);
			if (uuid.toString().equals(text)) {
				return new WindowId(uuid);
			}
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// answered below
		}
		throw new InvalidInputException(field, "'" + Echoes.cut(text) + "' is not a window id (a UUID)");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
