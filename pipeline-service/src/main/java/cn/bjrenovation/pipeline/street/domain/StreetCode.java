package cn.bjrenovation.pipeline.street.domain;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** A street office or township (街道/乡镇) by its 9-digit statistical division code, e.g. 110105017 for 劲松街道. */
public record StreetCode(String value) {

	public StreetCode {
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException("'" + value + "' is not a 9-digit street code");
		}
	}

	/** @throws InvalidInputException naming {@code field} when the text is not 9 digits */
	public static StreetCode parse(String text, String field) {
		if (!isWellFormed(text)) {
			throw new InvalidInputException(field, "'" + text + "' is not a 9-digit street or township code, e.g. 110105017");
		}
		return new StreetCode(text);
	}

	private static boolean isWellFormed(String text) {
		return text != null && text.matches("\\d{9}");
	}

	@Override
	public String toString() {
		return value;
	}

}
