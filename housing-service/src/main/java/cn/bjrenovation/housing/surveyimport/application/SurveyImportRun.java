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
	 */
	<T> void run(UUID importId, ImportKind kind, SurveySheet sheet, RowsImport<T> rowsImport, Caller caller) {
		Future<?> writing = CompletableFuture.completedFuture(null);
		try {
			List<SurveyRow> rows = sheet.rows();
			for (int from = 0; from < rows.size(); from += CHUNK) {
				List<SurveyRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
				int number = from / CHUNK;
				RowsImport.Accepted<T> accepted = reads.execute(tx -> rowsImport.accept(chunk, clock.instant()));
				writing.get();
				writing = writer.submit(() -> transactions
					.executeWithoutResult(tx -> writeChunk(importId, kind, number, chunk, accepted, rowsImport, caller)));
			}
			writing.get();
			imports.finish(importId, ImportReport.COMPLETED, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail(importId, ex);
		}
		catch (RuntimeException | ExecutionException ex) {
			fail(importId, ex instanceof ExecutionException ? ex.getCause() : ex);
		}
	}

	private void fail(UUID importId, Throwable cause) {
		log.error("survey import " + importId + " failed", cause);
		imports.finish(importId, ImportReport.FAILED, "the import stopped: " + cause.getMessage()
				+ "; rows before the failure are kept, and running the file again imports the rest");
	}

	private <T> void writeChunk(UUID importId, ImportKind kind, int number, List<SurveyRow> chunk,
			RowsImport.Accepted<T> accepted, RowsImport<T> rowsImport, Caller caller) {
		imports.lockForWriting();
		rowsImport.write(accepted.rows(), importId);
		List<RowProblem> problems = new ArrayList<>();
		chunk.forEach(row -> row.check()
			.problems()
			.forEach(p -> problems.add(new RowProblem(row.line(), p.field(), p.reason()))));
		imports.progress(importId, chunk.size(), accepted.rows().size(), accepted.alreadyPresent(), problems);
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
