package cn.bjrenovation.housing.surveyimport.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a survey import stands: its counts while it runs, and every refused row. */
public record ImportReport(UUID id, ImportKind kind, String status, String fileSha256, String submittedBy,
		String scopeDistrict, int totalRows, int processedRows, int importedRows, int alreadyPresentRows,
		int rejectedRows, String failure, Instant submittedAt, Instant finishedAt, List<RowProblem> problems) {

	public static final String RUNNING = "RUNNING";

	public static final String COMPLETED = "COMPLETED";

	public static final String FAILED = "FAILED";

}
