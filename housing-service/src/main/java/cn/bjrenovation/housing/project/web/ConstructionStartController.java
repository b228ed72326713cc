package cn.bjrenovation.housing.project.web;

import cn.bjrenovation.housing.construction.application.StartConstructionCommand;
import cn.bjrenovation.housing.construction.application.StartingConstruction;
import cn.bjrenovation.housing.construction.domain.ConstructionGateClosed;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.web.ProblemKinds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 开工: the district records the start of construction (the construction feature checks the gate); the answer is the
 * project, as {@code GET /api/housing/projects/{id}} reads it. A closed gate is 409 with the missing conditions
 * named in {@code detail} and listed in {@code missing}.
 */
@RestController
class ConstructionStartController {

	private final StartingConstruction starting;

	ConstructionStartController(StartingConstruction starting) {
		this.starting = starting;
	}

	@PostMapping("/api/housing/projects/{projectId}/construction-start")
	ProjectResponse start(Caller caller, @PathVariable String projectId, @RequestBody StartRequest request) {
		ProjectId id = ProjectId.parse(projectId, "projectId");
		return ProjectResponse.of(starting.start(caller, id,
				StartConstructionCommand.of(request.startedOn(), request.builder(), request.note())));
	}

	@ExceptionHandler
	ProblemDetail gateClosed(ConstructionGateClosed ex) {
		ProblemDetail problem = ProblemKinds.problem(HttpStatus.CONFLICT, "conflict", ex.getMessage());
		problem.setProperty("missing", ex.missing().stream().map(Enum::name).toList());
		return problem;
	}

	record StartRequest(String startedOn, String builder, String note) {
	}

}
