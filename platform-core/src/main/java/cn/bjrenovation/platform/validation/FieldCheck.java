package cn.bjrenovation.platform.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * Collects every broken rule of one input (a request body or a survey row) so the surveyor sees all problems
 * together, each next to its field.
 */
public final class FieldCheck {

	private final List<FieldProblem> problems = new ArrayList<>();

	public FieldCheck require(boolean ok, String field, String reason) {
		if (!ok) {
			problems.add(new FieldProblem(field, reason));
		}
		return this;
	}

	public FieldCheck present(Object value, String field) {
		return require(value != null, field, "is required");
	}

	public FieldCheck notBlank(String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			return require(false, field, "must not be blank");
		}
		return require(value.strip().length() <= maxLength, field, "must be at most " + maxLength + " characters");
	}

	/**
	 * Free text a person typed (a name, an address, a note, a reason) that the suite stores and later exports: not
	 * blank, at most {@code maxLength} characters once stripped, no control characters (C0, DEL, C1 — U+0000 above
	 * all, which PostgreSQL refuses in text), and not starting with {@code = + - @}, which a spreadsheet opening an
	 * export would run as a formula (CSV/formula injection). The value is meant to be stored stripped.
	 */
	public FieldCheck plainText(String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			return require(false, field, "must not be blank");
		}
		int problemsBefore = problems.size();
		noControlCharacters(value, field);
		if (problems.size() > problemsBefore) {
			return this;
		}
		String text = value.strip();
		noFormulaStart(text, field);
		if (problems.size() > problemsBefore) {
			return this;
		}
		return require(text.codePointCount(0, text.length()) <= maxLength, field,
				"must be at most " + maxLength + " characters");
	}

	/** Refuses text holding a control character (C0, DEL, C1 — tab and line breaks included), naming the first. */
	public FieldCheck noControlCharacters(String value, String field) {
		if (value != null) {
			for (int i = 0; i < value.length(); i++) {
				if (Character.isISOControl(value.charAt(i))) {
					return require(false, field, String.format("contains a control character U+%04X", (int) value.charAt(i)));
				}
			}
		}
		return this;
	}

	/**
	 * Refuses text starting with {@code = + - @}, which a spreadsheet opening an export would run as a formula
	 * (CSV/formula injection).
	 */
	public FieldCheck noFormulaStart(String value, String field) {
		if (value == null || value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0) {
			return this;
		}
		char first = value.charAt(0);
		return require(false, field, "starts with '" + first + "', which a spreadsheet would run as a formula when "
				+ "the data is exported; remove the leading '" + first + "'");
	}

	public FieldCheck nonNegative(Number value, String field) {
		if (value == null) {
			return present(null, field);
		}
		return require(new BigDecimal(value.toString()).signum() >= 0, field, "must not be negative, was " + value);
	}

	/** A calendar year written with four digits (AD 1000–9999): anything else is no year a record could hold. */
	public FieldCheck calendarYear(int value, String field) {
		return require(value >= 1000 && value <= 9999, field, "must be a year of four digits, was " + value);
	}

	/** Reads a category from its English constant or its Chinese label; null (with a problem) when neither. */
	public <E extends Enum<E> & Labelled> E choice(String text, String field, Class<E> type) {
		if (text == null || text.isBlank()) {
			present(null, field);
			return null;
		}
		String wanted = text.strip();
		for (E value : type.getEnumConstants()) {
			if (value.name().equalsIgnoreCase(wanted) || value.label().equals(wanted)) {
				return value;
			}
		}
		List<String> allowed = new ArrayList<>();
		for (E value : type.getEnumConstants()) {
			allowed.add(value.name() + " (" + value.label() + ")");
		}
		require(false, field, "'" + wanted + "' is not one of " + String.join(", ", allowed));
		return null;
	}

	/**
	 * Reads a value with a parser that refuses bad text with {@link InvalidInputException} (a typed id, a division
	 * code): its problems join this check's, and the value is then null.
	 */
	public <T> T parsed(Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (InvalidInputException refused) {
			problems.addAll(refused.problems());
			return null;
		}
	}

	public void add(FieldProblem problem) {
		problems.add(problem);
	}

	public boolean ok() {
		return problems.isEmpty();
	}

	public List<FieldProblem> problems() {
		return List.copyOf(problems);
	}

	/** @throws InvalidInputException listing every problem, if there is any */
	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
