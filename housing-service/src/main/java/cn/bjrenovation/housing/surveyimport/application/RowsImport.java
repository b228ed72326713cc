package cn.bjrenovation.housing.surveyimport.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.surveyimport.domain.SurveyRow;

/**
 * How one kind of survey row is checked and written, a chunk at a time. {@link #accept} runs on the import thread
 * while {@link #write} stores the previous chunk on the writer thread: state both of them touch must be safe to
 * share.
 */
interface RowsImport<T> {

	/** The chunk's rows that are new and valid; problems are left on each refused row. */
	Accepted<T> accept(List<SurveyRow> rows, Instant now);

	void write(List<T> accepted, UUID importId);

	record Accepted<T>(List<T> rows, int alreadyPresent) {
	}

}
