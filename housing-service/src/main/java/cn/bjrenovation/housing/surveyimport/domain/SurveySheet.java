package cn.bjrenovation.housing.surveyimport.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.surveyimport.domain.ImportKind.Column;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;

/** A survey file matched against its template: which column is where, and the records as rows. */
public final class SurveySheet {

	private final List<SurveyRow> rows;

	private SurveySheet(List<SurveyRow> rows) {
		this.rows = rows;
	}

	public List<SurveyRow> rows() {
		return rows;
	}

	/**
	 * @throws InvalidInputException when the file is empty, has no data rows, or its header lacks a template
	 * column or names an unknown one — the file as a whole cannot be read, so nothing is imported
	 */
	public static SurveySheet read(ImportKind kind, String text) {
		CsvFile file = CsvFile.parse(text);
		if (file.header().isEmpty()) {
			throw new InvalidInputException("file", "is empty; expected a header row and one row per " + noun(kind));
		}
		Map<String, Integer> positions = new HashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < file.header().size(); i++) {
			String header = file.header().get(i);
			Column column = kind.columns()
				.stream()
				.filter(c -> c.name().equalsIgnoreCase(header) || c.chinese().equals(header))
				.findFirst()
				.orElse(null);
			if (column == null) {
				problems.add(new FieldProblem("header", "line 1: unknown column '" + header + "'"));
			}
			else if (positions.putIfAbsent(column.name(), i) != null) {
				problems.add(new FieldProblem("header", "line 1: column '" + header + "' appears twice"));
			}
		}
		for (Column column : kind.columns()) {
			if (!positions.containsKey(column.name())) {
				problems.add(new FieldProblem("header",
						"line 1: missing column '" + column.name() + "' (" + column.chinese() + ")"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (file.records().isEmpty()) {
			throw new InvalidInputException("file", "has a header but no " + noun(kind));
		}
		Column[] byPosition = new Column[file.header().size()];
		kind.columns().forEach(column -> byPosition[positions.get(column.name())] = column);
		List<Column> columns = List.of(byPosition);
		List<SurveyRow> rows = new ArrayList<>(file.records().size());
		for (CsvFile.Record record : file.records()) {
			rows.add(new SurveyRow(record, positions, columns));
		}
		return new SurveySheet(rows);
	}

	private static String noun(ImportKind kind) {
		return kind == ImportKind.COMMUNITIES ? "community" : "building";
	}

}
