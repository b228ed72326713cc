package cn.bjrenovation.housing.surveyimport.application;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.housing.surveyimport.domain.ImportKind;
import cn.bjrenovation.housing.surveyimport.domain.ImportReport;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.housing.surveyimport.domain.SurveySheet;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * A district's survey upload (plan §三(一)). The file's header is checked at once; its rows are then imported
 * in the background, chunk by chunk, each chunk in its own transaction so progress is visible and a failure
 * keeps what was imported. Re-running a file imports nothing twice: a community is identified by its street
 * and name, a building by its community and number.
 */
@Service
public class ImportingSurvey {

	private final SurveyImports imports;

	private final Divisions divisions;

	private final SurveyImportRun run;

	private final Executor executor;

	ImportingSurvey(SurveyImports imports, Divisions divisions, SurveyImportRun run,
			@Qualifier("surveyImports") Executor executor) {
		this.imports = imports;
		this.divisions = divisions;
		this.run = run;
		this.executor = executor;
	}

	/**
	 * An import runs in the service instance that received it; one that stopped making progress was cut off
	 * when its instance stopped. Its committed chunks stay; running the file again imports the rest. Checked
	 * at start-up and every minute.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	public void abandonStalledImports() {
		imports.abandonStalled("the service stopped during the import; rows before the stop are kept, "
				+ "and running the file again imports the rest");
	}

	public ImportReport submit(Caller caller, ImportKind kind, byte[] file) {
		SurveySheet sheet = SurveySheet.read(kind, utf8(file));
		ImportReport started = new ImportReport(UUID.randomUUID(), kind, ImportReport.RUNNING, sha256(file),
				caller.subject(), caller.role() == Role.DISTRICT ? caller.districtCode() : null, sheet.rows().size(), 0,
				0, 0, 0, null, Instant.now(), null, List.of());
		imports.start(started);
		RowsImport<?> rows = kind == ImportKind.COMMUNITIES ? new CommunityRowsImport(divisions, imports, caller)
				: new BuildingRowsImport(imports, caller);
		executor.execute(() -> run.run(started.id(), kind, sheet, rows, caller));
		return started;
	}

	public ImportReport find(Caller caller, UUID id) {
		return imports.find(id)
			.filter(report -> report.scopeDistrict() == null ? caller.role() != Role.DISTRICT
					: caller.role() != Role.DISTRICT || caller.coversDistrict(report.scopeDistrict()))
			.orElseThrow(() -> new NotFoundException("survey import", id));
	}

	private static String utf8(byte[] file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "is not UTF-8 text; save the survey as CSV UTF-8");
		}
	}

	private static String sha256(byte[] file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
