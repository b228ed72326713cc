package cn.bjrenovation.housing.surveyimport.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;

import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.housing.surveyimport.domain.ImportKind;
import cn.bjrenovation.housing.surveyimport.domain.ImportReport;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImportId;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.housing.surveyimport.domain.SurveySheet;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * A survey upload (plan §三(一)). The file's header is checked at once; its rows are then imported in the
 * background, chunk by chunk, each chunk in its own transaction so progress is visible and a failure keeps what
 * was imported. Each row must lie inside the caller's reach under the import's operation — a district its own
 * district, SASAC 市属非经 communities — or it is refused with the reason. Re-running a file imports nothing
 * twice: a community is identified by its street and name, a building by its community and number.
 */
@Service
public class ImportingSurvey {

	private final SurveyImports imports;

	private final Divisions divisions;

	private final SurveyImportRun run;

	private final Executor executor;

	private final DutyPolicy policy;

	private final Clock clock;

	ImportingSurvey(SurveyImports imports, Divisions divisions, SurveyImportRun run,
			@Qualifier("surveyImports") Executor executor, DutyPolicy policy, Clock clock) {
		this.imports = imports;
		this.divisions = divisions;
		this.run = run;
		this.executor = executor;
		this.policy = policy;
		this.clock = clock;
	}

	public ImportReport submit(Caller caller, ImportSurveyCommand command) {
		ImportKind kind = command.kind();
		Reach reach = policy.reach(caller, operation(kind));
		SurveySheet sheet = SurveySheet.read(kind, utf8(command.file()));
		ImportReport started = new ImportReport(SurveyImportId.newId().value(), kind, ImportReport.RUNNING,
				sha256(command.file()), caller.subject(), reach.district().orElse(null), sheet.rows().size(), 0, 0, 0,
				0, 0, null, clock.instant(), null, List.of(), List.of());
		imports.start(started);
		RowsImport<?> rows = kind == ImportKind.COMMUNITIES ? new CommunityRowsImport(divisions, imports, caller, reach)
				: new BuildingRowsImport(imports, reach);
		executor.execute(() -> run.run(started.id(), kind, sheet, rows, caller));
		return started;
	}

	/** The operation of the duty policy an import of this kind is. */
	static String operation(ImportKind kind) {
		return "housing.survey-import." + kind.name().toLowerCase();
	}

	private static String utf8(byte[] file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
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
