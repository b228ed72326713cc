package cn.bjrenovation.housing.project.web;

import java.net.URI;
import java.util.List;

import cn.bjrenovation.housing.project.application.ApplyingForRenovation;
import cn.bjrenovation.housing.project.application.DecidingMunicipally;
import cn.bjrenovation.housing.project.application.FindingProject;
import cn.bjrenovation.housing.project.application.ListingProjects;
import cn.bjrenovation.housing.project.application.ProjectPageTokens;
import cn.bjrenovation.housing.project.application.ProjectQuery;
import cn.bjrenovation.housing.project.application.ResubmittingApplication;
import cn.bjrenovation.housing.project.application.ReviewingAtDistrict;
import cn.bjrenovation.housing.project.application.ReviewingAtStreet;
import cn.bjrenovation.housing.project.application.WithdrawingApplication;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectPage;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Renovation projects (改造项目): application, the three reviews, resubmission, withdrawal, reads. */
@RestController
@RequestMapping("/api/housing/projects")
class ProjectController {

	private final ApplyingForRenovation applying;

	private final ReviewingAtStreet streetReview;

	private final ReviewingAtDistrict districtReview;

	private final DecidingMunicipally municipalDecision;

	private final ResubmittingApplication resubmitting;

	private final WithdrawingApplication withdrawing;

	private final FindingProject finding;

	private final ListingProjects listing;

	ProjectController(ApplyingForRenovation applying, ReviewingAtStreet streetReview,
			ReviewingAtDistrict districtReview, DecidingMunicipally municipalDecision,
			ResubmittingApplication resubmitting, WithdrawingApplication withdrawing, FindingProject finding,
			ListingProjects listing) {
		this.applying = applying;
		this.streetReview = streetReview;
		this.districtReview = districtReview;
		this.municipalDecision = municipalDecision;
		this.resubmitting = resubmitting;
		this.withdrawing = withdrawing;
		this.finding = finding;
		this.listing = listing;
	}

	@PostMapping
	ResponseEntity<ProjectResponse> apply(Caller caller, @RequestBody ApplicationRequest request) {
		RenovationProject project = applying.apply(caller, request.form());
		return ResponseEntity.created(URI.create("/api/housing/projects/" + project.id()))
			.body(ProjectResponse.of(project));
	}

	@GetMapping
	ProjectPageResponse list(Caller caller, @RequestParam(required = false) String status,
			@RequestParam(required = false) String districtCode, @RequestParam(required = false) String streetCode,
			@RequestParam(required = false) Integer year, @RequestParam(name = "class", required = false) String itemClass,
			@RequestParam(required = false) String communityId, @RequestParam(required = false) Integer pageSize,
			@RequestParam(required = false) String pageToken) {
		ProjectPage page = listing.list(caller, new ProjectQuery(status, districtCode, streetCode, year, itemClass,
				communityId, pageSize, pageToken), ListingProjects.Fields.REST);
		return new ProjectPageResponse(page.items().stream().map(ProjectResponse::summary).toList(),
				ProjectPageTokens.encode(page.next()));
	}

	@GetMapping("/{projectId}")
	ProjectResponse get(Caller caller, @PathVariable String projectId) {
		return ProjectResponse.of(finding.find(caller, id(projectId)));
	}

	@PostMapping("/{projectId}/street-review")
	ProjectResponse streetReview(Caller caller, @PathVariable String projectId, @RequestBody ReviewRequest request) {
		return ProjectResponse.of(streetReview.review(caller, id(projectId), request.form()));
	}

	@PostMapping("/{projectId}/district-review")
	ProjectResponse districtReview(Caller caller, @PathVariable String projectId, @RequestBody ReviewRequest request) {
		return ProjectResponse.of(districtReview.review(caller, id(projectId), request.form()));
	}

	@PostMapping("/{projectId}/municipal-decision")
	ProjectResponse municipalDecision(Caller caller, @PathVariable String projectId,
			@RequestBody ReviewRequest request) {
		return ProjectResponse.of(municipalDecision.decide(caller, id(projectId), request.form()));
	}

	@PostMapping("/{projectId}/resubmission")
	ProjectResponse resubmit(Caller caller, @PathVariable String projectId, @RequestBody ApplicationRequest request) {
		return ProjectResponse.of(resubmitting.resubmit(caller, id(projectId), request.form()));
	}

	@PostMapping("/{projectId}/withdrawal")
	ProjectResponse withdraw(Caller caller, @PathVariable String projectId, @RequestBody WithdrawalRequest request) {
		return ProjectResponse.of(withdrawing.withdraw(caller, id(projectId), request.reasons()));
	}

	private static ProjectId id(String text) {
		return ProjectId.parse(text, "projectId");
	}

	record ProjectPageResponse(List<ProjectResponse> items, String nextPageToken) {
	}

}
