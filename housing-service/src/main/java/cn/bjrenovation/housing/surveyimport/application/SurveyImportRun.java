package cn.bjrenovation.housing.surveyimport.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import cn.bjrenovation.housing.community.domain.CommunitiesImported;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.surveyimport.domain.ChunkOutcome;
import cn.bjrenovation.housing.surveyimport.domain.ImportKind;
import cn.bjrenovation.housing.surveyimport.domain.ImportReport;
import cn.bjrenovation.housing.surveyimport.domain.RowProblem;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.housing.surveyimport.domain.SurveyRow;
import cn.bjrenovation.housing.surveyimport.domain.SurveySheet;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: chunk after chunk, each chunk's rows checked, then the new ones written with COPY, the
 * problems and counts recorded, and (for communities) their events published — in the chunk's transaction.
 */
@Component
class SurveyImportRun {

	static final int CHUNK = 5_000;

	private static final Log log = LogFactory.getLog(SurveyImportRun.class);

	private final SurveyImports imports;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final ExecutorService writer;

	private final Clock clock;

	/** Checking a chunk reads what is already registered, on the import thread's own connection. */
	private final TransactionTemplate reads;

	SurveyImportRun(SurveyImports imports, TransactionTemplate transactions, ApplicationEventPublisher events,
			AuditTrail audit, @Qualifier("surveyImportWriter") ExecutorService writer, Clock clock) {
		this.writer = writer;
		this.clock = clock;
		this.reads = new TransactionTemplate(transactions.getTransactionManager());
		this.reads.setReadOnly(true);
		this.imports = imports;
		this.transactions = transactions;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * Checks chunk after chunk on this thread while the writer stores the previous one, so that reading and
	 * checking rows overlaps with PostgreSQL writing them. A chunk's check never depends on the chunk still being
	 * written: rows met earlier in the file are remembered by the {@link RowsImport} itself.
	 * <p>
	 * Every row ends up counted: should a chunk fail, its rows and all after it are recorded as not imported,
	 * with the failure, in the same transaction that finishes the import.
	 */
	<T> void run(UUID importId, ImportKind kind, SurveySheet sheet, RowsImport<T> rowsImport, Caller caller) {
		List<SurveyRow> rows = sheet.rows();
		Future<Integer> writing = CompletableFuture.completedFuture(0);
		int written = 0;
		try {
			for (int from = 0; from < rows.size(); from += CHUNK) {
				int to = Math.min(rows.size(), from + CHUNK);
				List<SurveyRow> chunk = rows.subList(from, to);
				int number = from / CHUNK;
				List<SurveyRow> readable = chunk.stream().filter(SurveyRow::screen).toList();
				RowsImport.Accepted<T> accepted = reads.execute(tx -> rowsImport.accept(readable, clock.instant()));
				written = writing.get();
				writing = writer.submit(() -> {
					transactions
						.executeWithoutResult(tx -> writeChunk(importId, kind, number, chunk, accepted, rowsImport, caller));
					return to;
				});
			}
			written = writing.get();
			imports.finish(importId, ImportReport.COMPLETED, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail(importId, rows, settled(writing, written), ex);
		}
		catch (RuntimeException | ExecutionException ex) {
			fail(importId, rows, settled(writing, written), ex instanceof ExecutionException ? ex.getCause() : ex);
		}
	}

	/** How many rows are written once the chunk being written, if any, has settled. */
	private static int settled(Future<Integer> writing, int written) {
		try {
			return writing.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return written;
		}
		catch (ExecutionException | RuntimeException ex) {
			return written;
		}
	}

	/**
	 * Finishes the import as failed, with a plain sentence: the cause (SQL, the database's words) goes to the log.
	 * The rows from the first one not written on are recorded as not imported, each with its own problems when
	 * its check had found some, so that the counts still add up to the file's rows.
	 */
	private void fail(UUID importId, List<SurveyRow> rows, int written, Throwable cause) {
		log.error("survey import " + importId + " failed at row " + (written + 1) + " of " + rows.size(), cause);
		List<SurveyRow> rest = rows.subList(written, rows.size());
		int firstLine = rest.isEmpty() ? 0 : rest.get(0).line();
		int lastLine = rest.isEmpty() ? 0 : rest.get(Math.min(rest.size(), CHUNK) - 1).line();
		String where = rest.isEmpty() ? "at its end" : "at lines " + firstLine + "–" + lastLine;
		String failure = "the import stopped " + where + ": those rows could not be stored, and none from line "
				+ firstLine + " on was imported (the service log holds the cause, under import " + importId + "); "
				+ "rows before line " + firstLine + " are kept, and running the file again imports the rest";
		if (rest.isEmpty()) {
			failure = "the import stopped at its end (the service log holds the cause, under import " + importId
					+ "); every row was handled, and running the file again imports anything missing";
		}
		String notImported = "not imported: the import stopped " + where + " before this row was stored; "
				+ "running the file again imports it";
		List<RowProblem> problems = new ArrayList<>();
		for (SurveyRow row : rest) {
			List<RowProblem> own = row.problems();
			problems.addAll(own.isEmpty() ? List.of(new RowProblem(row.line(), "row", notImported)) : own);
		}
		String stated = failure;
		try {
			transactions.executeWithoutResult(tx -> {
				imports.progress(importId, new ChunkOutcome(rest.size(), 0, 0, List.of(), problems));
				imports.finish(importId, ImportReport.FAILED, stated);
			});
		}
		catch (RuntimeException again) {
			log.error("survey import " + importId + ": could not record its unimported rows", again);
			imports.finish(importId, ImportReport.FAILED, stated);
		}
	}

	private <T> void writeChunk(UUID importId, ImportKind kind, int number, List<SurveyRow> chunk,
			RowsImport.Accepted<T> accepted, RowsImport<T> rowsImport, Caller caller) {
		imports.lockForWriting();
		rowsImport.write(accepted.rows(), importId);
		List<RowProblem> problems = new ArrayList<>();
		chunk.forEach(row -> problems.addAll(row.problems()));
		imports.progress(importId, new ChunkOutcome(chunk.size(), accepted.rows().size(), accepted.alreadyPresent(),
				accepted.changes(), problems));
		if (kind == ImportKind.COMMUNITIES) {
			publish(importId, number, accepted.rows());
		}
		if (!accepted.rows().isEmpty()) {
			audit.changed(caller, ImportingSurvey.operation(kind), importId,
					"imported " + accepted.rows().size() + " " + kind.name().toLowerCase() + " from lines "
							+ chunk.get(0).line() + "–" + chunk.get(chunk.size() - 1).line());
		}
	}

	private void publish(UUID importId, int chunk, List<?> communities) {
		for (int from = 0; from < communities.size(); from += CommunitiesImported.MAX_COMMUNITIES) {
			List<Community> part = communities
				.subList(from, Math.min(communities.size(), from + CommunitiesImported.MAX_COMMUNITIES))
				.stream()
				.map(Community.class::cast)
				.toList();
			int partNumber = chunk * 100 + from / CommunitiesImported.MAX_COMMUNITIES;
			events.publishEvent(new CommunitiesImported(EventMetadata.capture(), importId.toString(), partNumber, part));
		}
	}

}
