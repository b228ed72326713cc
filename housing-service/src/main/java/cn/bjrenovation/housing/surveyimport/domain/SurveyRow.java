package cn.bjrenovation.housing.surveyimport.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * One record of a survey file with typed access by template column; a cell that does not read as its type
 * becomes a problem on the row and a null value.
 */
public final class SurveyRow {

	private final int line;

	private final List<String> fields;

	private final Map<String, Integer> positions;

	private final FieldCheck check = new FieldCheck();

	SurveyRow(int line, List<String> fields, Map<String, Integer> positions) {
		this.line = line;
		this.fields = fields;
		this.positions = positions;
	}

	public int line() {
		return line;
	}

	public FieldCheck check() {
		return check;
	}

	public String text(String column) {
		Integer position = positions.get(column);
		if (position == null || position >= fields.size()) {
			return null;
		}
		String value = fields.get(position).strip();
		return value.isEmpty() ? null : value;
	}

	public Integer integer(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			check.require(false, column, "'" + value + "' is not a whole number");
			return null;
		}
	}

	public BigDecimal decimal(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			check.require(false, column, "'" + value + "' is not a number");
			return null;
		}
	}

	public Double number(String column) {
		BigDecimal value = decimal(column);
		return value == null ? null : value.doubleValue();
	}

	/** true/false, yes/no, 是/否, 有/无, 1/0. */
	public Boolean flag(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		switch (value.toLowerCase(java.util.Locale.ROOT)) {
			case "true", "yes", "y", "1", "是", "有" -> {
				return true;
			}
			case "false", "no", "n", "0", "否", "无" -> {
				return false;
			}
			default -> {
				check.require(false, column, "'" + value + "' is not true/false (是/否)");
				return null;
			}
		}
	}

}
