package cn.bjrenovation.housing.surveyimport.web;

import java.net.URI;
import java.util.UUID;

import cn.bjrenovation.housing.surveyimport.application.ImportingSurvey;
import cn.bjrenovation.housing.surveyimport.domain.ImportKind;
import cn.bjrenovation.housing.surveyimport.domain.ImportReport;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Survey uploads: the CSV file is the request body ({@code text/csv; charset=utf-8}). The answer is
 * {@code 202 Accepted} with the import's address; {@code GET} it to follow progress and read every refused
 * row with its line and reason.
 */
@RestController
@RequestMapping("/api/housing/survey-imports")
class SurveyImportController {

	/** The largest survey file, as the gateway also enforces: the file is held in memory while it imports. */
	static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

	private final ImportingSurvey importing;

	SurveyImportController(ImportingSurvey importing) {
		this.importing = importing;
	}

	@PostMapping("/communities")
	ResponseEntity<ImportReport> communities(Caller caller, @RequestBody(required = false) byte[] file) {
		return submit(caller, ImportKind.COMMUNITIES, file);
	}

	@PostMapping("/buildings")
	ResponseEntity<ImportReport> buildings(Caller caller, @RequestBody(required = false) byte[] file) {
		return submit(caller, ImportKind.BUILDINGS, file);
	}

	@GetMapping("/{importId}")
	ImportReport get(Caller caller, @PathVariable String importId) {
		try {
			return importing.find(caller, UUID.fromString(importId));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("importId", "'" + importId + "' is not an import id (a UUID)");
		}
	}

	private ResponseEntity<ImportReport> submit(Caller caller, ImportKind kind, byte[] file) {
		if (file == null || file.length == 0) {
			throw new InvalidInputException("file", "the request body must be the survey file (CSV, UTF-8)");
		}
		if (file.length > MAX_FILE_BYTES) {
			throw new InvalidInputException("file", "is " + file.length / (1024 * 1024) + " MB; a survey file may be "
					+ "at most 64 MB — split it, by street for instance (each part imports on its own)");
		}
		ImportReport report = importing.submit(caller, kind, file);
		return ResponseEntity.accepted().location(URI.create("/api/housing/survey-imports/" + report.id())).body(report);
	}

}
