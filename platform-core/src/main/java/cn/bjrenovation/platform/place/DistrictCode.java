package cn.bjrenovation.platform.place;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** A district (区) by its 6-digit administrative division code, e.g. 110105 for 朝阳区. */
public record DistrictCode(String value) {

	public DistrictCode {
		if (!Codes.digits(value, 6)) {
			throw new IllegalArgumentException("'" + value + "' is not a 6-digit district code");
		}
	}

	/** @throws InvalidInputException naming {@code field} when the text is not 6 digits */
	public static DistrictCode parse(String text, String field) {
		if (!Codes.digits(text, 6)) {
			throw new InvalidInputException(field, "'" + text + "' is not a 6-digit district code, e.g. 110105");
		}
		return new DistrictCode(text);
	}

	@Override
	public String toString() {
		return value;
	}

}
