package cn.bjrenovation.housing.surveyimport.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import cn.bjrenovation.housing.surveyimport.application.FollowingSurveyImport;
import cn.bjrenovation.housing.surveyimport.application.ImportSurveyCommand;
import cn.bjrenovation.housing.surveyimport.application.ImportingSurvey;
import cn.bjrenovation.housing.surveyimport.domain.ImportKind;
import cn.bjrenovation.housing.surveyimport.domain.ImportReport;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImportId;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Survey uploads: the CSV file is the request body ({@code text/csv; charset=utf-8}; any other body is refused
 * with 415 before anything is written). The answer is
 * {@code 202 Accepted} with the import's address; {@code GET} it to follow progress and read every refused
 * row with its line and reason.
 */
@RestController
@RequestMapping("/api/housing/survey-imports")
class SurveyImportController {

	private final ImportingSurvey importing;

	private final FollowingSurveyImport following;

	SurveyImportController(ImportingSurvey importing, FollowingSurveyImport following) {
		this.importing = importing;
		this.following = following;
	}

	@PostMapping("/communities")
	ResponseEntity<ImportReport> communities(Caller caller,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			InputStream file) throws IOException {
		return submit(caller, ImportKind.COMMUNITIES, contentType, file);
	}

	@PostMapping("/buildings")
	ResponseEntity<ImportReport> buildings(Caller caller,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			InputStream file) throws IOException {
		return submit(caller, ImportKind.BUILDINGS, contentType, file);
	}

	@GetMapping("/{importId}")
	ImportReport get(Caller caller, @PathVariable String importId) {
		return following.find(caller, SurveyImportId.parse(importId, "importId"));
	}

	/** The Content-Type is checked before the body is read: a body of any other type is not read at all. */
	private ResponseEntity<ImportReport> submit(Caller caller, ImportKind kind, String contentType, InputStream file)
			throws IOException {
		SurveyFileType.requireCsv(contentType);
		ImportReport report = importing.submit(caller, ImportSurveyCommand.of(kind, file.readAllBytes()));
		return ResponseEntity.accepted().location(URI.create("/api/housing/survey-imports/" + report.id())).body(report);
	}

}
