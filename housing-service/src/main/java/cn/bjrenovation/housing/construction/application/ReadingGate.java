package cn.bjrenovation.housing.construction.application;

import cn.bjrenovation.housing.construction.domain.ConstructionGates;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads which conditions of a project's construction gate are met and which are missing. */
@Service
public class ReadingGate {

	private final ScopedProjects projects;

	private final ConstructionGates gates;

	ReadingGate(ScopedProjects projects, ConstructionGates gates) {
		this.projects = projects;
		this.gates = gates;
	}

	@Transactional(readOnly = true)
	public GateReading read(Caller caller, ProjectId id) {
		RenovationProject project = projects.require(caller, ConstructionOperations.GATE_READ, id);
		return new GateReading(project, gates.of(id));
	}

}
