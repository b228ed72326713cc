package cn.bjrenovation.housing.surveyimport.persistence;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.surveyimport.domain.RowProblem;

/** Row problems as COPY rows of {@code survey_import_problem}: a file of bad rows must not slow the import. */
final class ProblemCopy {

	private ProblemCopy() {
	}

	static void write(Connection connection, UUID importId, List<RowProblem> problems) {
		Copy copy = new Copy();
		problems.forEach(p -> copy.value(importId).value(p.line()).value(p.field()).value(p.reason()).endRow());
		copy.into(connection, "survey_import_problem (import_id, line, field, reason)");
	}

}
