package cn.bjrenovation.housing.evaluation.web;

import java.math.BigDecimal;
import java.net.URI;

import cn.bjrenovation.housing.evaluation.application.ReadingDistrictPerformance;
import cn.bjrenovation.housing.evaluation.application.RecordSatisfactionCommand;
import cn.bjrenovation.housing.evaluation.application.RecordingSatisfaction;
import cn.bjrenovation.housing.evaluation.domain.DistrictPerformance;
import cn.bjrenovation.housing.evaluation.domain.SatisfactionSurvey;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Evaluation (plan §四(三)): residents' satisfaction per project, and a district's year in figures. */
@RestController
class EvaluationController {

	private final RecordingSatisfaction recording;

	private final ReadingDistrictPerformance performance;

	EvaluationController(RecordingSatisfaction recording, ReadingDistrictPerformance performance) {
		this.recording = recording;
		this.performance = performance;
	}

	@PostMapping("/api/housing/projects/{projectId}/satisfaction")
	ResponseEntity<SurveyResponse> record(Caller caller, @PathVariable String projectId,
			@RequestBody SurveyRequest request) {
		SatisfactionSurvey survey = recording.record(caller, RecordSatisfactionCommand.of(projectId,
				request.surveyedOn(), request.participants(), request.score()));
		return ResponseEntity.created(URI.create("/api/housing/projects/" + projectId + "/satisfaction"))
			.body(new SurveyResponse(survey.id().toString(), projectId, survey.surveyedOn().toString(),
					survey.participants(), survey.score()));
	}

	@GetMapping("/api/housing/districts/{districtCode}/performance")
	DistrictPerformance performance(Caller caller, @PathVariable String districtCode,
			@RequestParam(required = false) Integer year) {
		return performance.read(caller, districtCode, year);
	}

	record SurveyRequest(String surveyedOn, Integer participants, BigDecimal score) {
	}

	record SurveyResponse(String id, String projectId, String surveyedOn, int participants, BigDecimal score) {
	}

}
