package cn.bjrenovation.planning.design.application;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.bjrenovation.platform.validation.FieldCheck;

/** Reads a constant of one of design's enums as entered, naming the allowed values when it is none of them. */
final class Choices {

	private Choices() {
	}

	/** The constant, or null with a problem (or null without one when the text is absent and optional). */
	static <E extends Enum<E>> E of(String text, String field, Class<E> type, boolean required, FieldCheck check) {
		if (text == null || text.isBlank()) {
			check.require(!required, field, "is required");
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equalsIgnoreCase(text.strip())) {
				return value;
			}
		}
		check.require(false, field, "'" + text.strip() + "' is not one of "
				+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
		return null;
	}

}
