package cn.bjrenovation.pipeline.coordination.domain;

import java.util.Objects;
import java.util.regex.Pattern;

import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * A street segment (路段) a trench is dug in: the street's 9-digit code, a dash and the segment's own code of 2 to 16
 * capital letters or digits, e.g. {@code 110105017-JSZJ01}. Dig once is held per segment.
 */
public record SegmentCode(String value) {

	private static final Pattern FORM = Pattern.compile("\\d{9}-[A-Z0-9]{2,16}");

	public SegmentCode {
		Objects.requireNonNull(value, "value");
		if (!FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("'" + value + "' is not a segment code");
		}
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a segment code */
	public static SegmentCode parse(String text, String field) {
		if (text == null || !FORM.matcher(text).matches()) {
			throw new InvalidInputException(field, "'" + Echoes.cut(text)
					+ "' is not a segment code: the 9-digit street code, '-' and 2 to 16 capital letters or digits, "
					+ "e.g. 110105017-JSZJ01");
		}
		return new SegmentCode(text);
	}

	/** The street the segment lies on. */
	public StreetCode street() {
		return new StreetCode(value.substring(0, 9));
	}

	@Override
	public String toString() {
		return value;
	}

}
