package cn.bjrenovation.platform.place;

import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * A street office or township (街道/乡镇) by its 9-digit division code, e.g. 110105017 for 劲松街道; its first six
 * digits are its district's code (110105, 朝阳区).
 */
public record StreetCode(String value) {

	public StreetCode {
		if (!Codes.digits(value, 9)) {
			throw new IllegalArgumentException("'" + value + "' is not a 9-digit street code");
		}
	}

	/** @throws InvalidInputException naming {@code field} when the text is not 9 digits */
	public static StreetCode parse(String text, String field) {
		if (!Codes.digits(text, 9)) {
			throw new InvalidInputException(field,
					"'" + text + "' is not a 9-digit street or township code, e.g. 110105017");
		}
		return new StreetCode(text);
	}

	public static boolean isWellFormed(String text) {
		return Codes.digits(text, 9);
	}

	public DistrictCode district() {
		return new DistrictCode(value.substring(0, 6));
	}

	@Override
	public String toString() {
		return value;
	}

}
