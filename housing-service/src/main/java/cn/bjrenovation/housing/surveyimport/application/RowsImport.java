package cn.bjrenovation.housing.surveyimport.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.surveyimport.domain.RowProblem;
import cn.bjrenovation.housing.surveyimport.domain.SurveyRow;

/**
 * How one kind of survey row is checked and written, a chunk at a time. {@link #accept} runs on the import thread
 * while {@link #write} stores the previous chunk on the writer thread: state both of them touch must be safe to
 * share.
 */
interface RowsImport<T> {

	/**
	 * Sorts the chunk's rows (all of them {@link SurveyRow#screen() readable}): each is new and valid (accepted),
	 * already present (identical to the registered one or to an earlier line), changed (it differs from the
	 * registered one: its differences are returned) or refused (its problems are left on the row).
	 */
	Accepted<T> accept(List<SurveyRow> rows, Instant now);

	void write(List<T> accepted, UUID importId);

	/** @param changes one entry per field in which a changed row differs from the registered one */
	record Accepted<T>(List<T> rows, int alreadyPresent, List<RowProblem> changes) {
	}

}
