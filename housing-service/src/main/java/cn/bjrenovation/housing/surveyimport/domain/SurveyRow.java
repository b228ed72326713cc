package cn.bjrenovation.housing.surveyimport.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.surveyimport.domain.ImportKind.Column;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * One record of a survey file with typed access by template column; a cell that does not read as its type
 * becomes a problem on the row and a null value.
 */
public final class SurveyRow {

	/** Bounds on a decimal cell: beyond them a figure is a typing mistake, and costly to compute with. */
	private static final int MOST_DIGITS = 15;

	private static final int MOST_DECIMALS = 30;

	/** What a spreadsheet runs as a formula when a cell starts with it (CSV injection). */
	private final int line;

	private final List<String> fields;

	private final Map<String, Integer> positions;

	private final List<Column> columns;

	private final CsvFile.Record record;

	private final FieldCheck check = new FieldCheck();

	/** @param columns the template column of each field of the header, by position */
	SurveyRow(CsvFile.Record record, Map<String, Integer> positions, List<Column> columns) {
		this.line = record.line();
		this.record = record;
		this.fields = record.fields();
		this.positions = positions;
		this.columns = columns;
	}

	public int line() {
		return line;
	}

	public FieldCheck check() {
		return check;
	}

	/** Why the row is refused, field by field; empty when it is not. */
	public List<RowProblem> problems() {
		return check.problems().stream().map(p -> new RowProblem(line, p.field(), p.reason())).toList();
	}

	/**
	 * Checks what must hold before a row's values are read at all, adding each broken rule to {@link #check()}:
	 * the record could be read, it has as many fields as the header, and no field holds a control character
	 * (a tab is allowed, and line breaks inside quotes, except in text columns). A text column (a name, an
	 * address) also may not start with {@code = + - @}, which a spreadsheet the value is later exported to would
	 * run as a formula.
	 * @return whether the row's values can be read: false when a field is not where the header says or holds a
	 * control character; its other rules are then not checked
	 */
	public boolean screen() {
		CsvFile.Unreadable unreadable = record.unreadable();
		if (unreadable != null) {
			check.require(false, unreadable.field() == null || unreadable.field() >= columns.size() ? "row"
					: columns.get(unreadable.field()).name(), unreadable.reason());
			return false;
		}
		if (fields.size() != columns.size()) {
			check.require(false, "row", "has " + fields.size() + (fields.size() == 1 ? " field" : " fields")
					+ ", the header has " + columns.size());
			return false;
		}
		boolean readable = true;
		for (int i = 0; i < fields.size(); i++) {
			Column column = columns.get(i);
			String value = fields.get(i);
			Character control = column.text() ? firstControl(value) : record.controls().get(i);
			if (control != null) {
				check.require(false, column.name(), "contains a control character " + codePoint(control));
				readable = false;
			}
			else if (column.text()) {
				check.noFormulaStart(value.strip(), column.name());
			}
		}
		return readable;
	}

	/** Any control character (C0, DEL, C1), the tab and line breaks included: text is stored and shown as given. */
	private static Character firstControl(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isISOControl(value.charAt(i))) {
				return value.charAt(i);
			}
		}
		return null;
	}

	private static String codePoint(char c) {
		return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
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
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			check.require(false, column, "'" + value + "' is not a number");
			return null;
		}
		if (number.scale() > MOST_DECIMALS || number.precision() - number.scale() > MOST_DIGITS) {
			check.require(false, column, "'" + value + "' is not a figure a survey holds (at most " + MOST_DIGITS
					+ " digits before the decimal point and " + MOST_DECIMALS + " after)");
			return null;
		}
		return number;
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
