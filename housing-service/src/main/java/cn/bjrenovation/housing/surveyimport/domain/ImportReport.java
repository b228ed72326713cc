package cn.bjrenovation.housing.surveyimport.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a survey import stands: its counts while it runs, every refused row ({@code problems}) and every row that
 * differs from the registered community or building ({@code changes}). Each data row of the file is exactly one
 * of imported, already present, changed or rejected: the four counts add up to {@code processedRows}, and to
 * {@code totalRows} once the import has finished.
 */
public record ImportReport(UUID id, ImportKind kind, String status, String fileSha256, String submittedBy,
		String scopeDistrict, int totalRows, int processedRows, int importedRows, int alreadyPresentRows,
		int changedRows, int rejectedRows, String failure, Instant submittedAt, Instant finishedAt,
		List<RowProblem> problems, List<RowProblem> changes) {

	public static final String RUNNING = "RUNNING";

	public static final String COMPLETED = "COMPLETED";

	public static final String FAILED = "FAILED";

}
