package cn.bjrenovation.housing.construction.web;

import cn.bjrenovation.housing.construction.application.ReadingGate;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The construction of a project: its gate (开工条件). The start itself answers the project (project feature's route). */
@RestController
@RequestMapping("/api/housing/projects/{projectId}")
class ConstructionController {

	private final ReadingGate readingGate;

	ConstructionController(ReadingGate readingGate) {
		this.readingGate = readingGate;
	}

	@GetMapping("/gate")
	GateResponse gate(Caller caller, @PathVariable String projectId) {
		return GateResponse.of(readingGate.read(caller, ProjectId.parse(projectId, "projectId")));
	}

}
