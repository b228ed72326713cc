package cn.bjrenovation.housing.surveyimport.web;

import java.net.URI;

import cn.bjrenovation.housing.surveyimport.application.FollowingSurveyImport;
import cn.bjrenovation.housing.surveyimport.application.ImportSurveyCommand;
import cn.bjrenovation.housing.surveyimport.application.ImportingSurvey;
import cn.bjrenovation.housing.surveyimport.domain.ImportKind;
import cn.bjrenovation.housing.surveyimport.domain.ImportReport;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImportId;
import cn.bjrenovation.platform.identity.Caller;
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

	private final ImportingSurvey importing;

	private final FollowingSurveyImport following;

	SurveyImportController(ImportingSurvey importing, FollowingSurveyImport following) {
		this.importing = importing;
		this.following = following;
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
		return following.find(caller, SurveyImportId.parse(importId, "importId"));
	}

	private ResponseEntity<ImportReport> submit(Caller caller, ImportKind kind, byte[] file) {
		ImportReport report = importing.submit(caller, ImportSurveyCommand.of(kind, file));
		return ResponseEntity.accepted().location(URI.create("/api/housing/survey-imports/" + report.id())).body(report);
	}

}
