package cn.bjrenovation.platform.place;

import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * A residents' committee (社区居委会/村委会) by its 12-digit division code, e.g. 110105017036 for 劲松北社区居委会; its
 * first nine digits are its street's code.
 */
public record CommitteeCode(String value) {

	public CommitteeCode {
		if (!Codes.digits(value, 12)) {
			throw new IllegalArgumentException("'" + value + "' is not a 12-digit residents' committee code");
		}
	}

	/** @throws InvalidInputException naming {@code field} when the text is not 12 digits */
	public static CommitteeCode parse(String text, String field) {
		if (!Codes.digits(text, 12)) {
			throw new InvalidInputException(field,
					"'" + text + "' is not a 12-digit residents' committee code, e.g. 110105017036");
		}
		return new CommitteeCode(text);
	}

	public StreetCode street() {
		return new StreetCode(value.substring(0, 9));
	}

	@Override
	public String toString() {
		return value;
	}

}
