package cn.bjrenovation.housing.construction.application;

import java.util.List;

import cn.bjrenovation.housing.construction.domain.ConstructionGate;
import cn.bjrenovation.housing.construction.domain.ConstructionGates;
import cn.bjrenovation.housing.project.application.AdvancingProject;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 开工: the district records the start of construction of a PLANNED project of its own district — only through an
 * open gate; a closed one is refused naming every missing condition, and nothing changes. The project moves to
 * CONSTRUCTION_STARTED ({@code ConstructionStarted} on {@code housing.project}, audited) and the day and builder are
 * kept with the gate.
 */
@Service
public class StartingConstruction {

	private final ScopedProjects projects;

	private final ConstructionGates gates;

	private final AdvancingProject advancing;

	StartingConstruction(ScopedProjects projects, ConstructionGates gates, AdvancingProject advancing) {
		this.projects = projects;
		this.gates = gates;
		this.advancing = advancing;
	}

	@Transactional
	public RenovationProject start(Caller caller, ProjectId id, StartConstructionCommand command) {
		projects.require(caller, ConstructionOperations.START, id);
		ConstructionGate gate = gates.lock(id);
		gate.requireOpen();
		RenovationProject started = advancing.advance(caller, id, ProjectAction.START_CONSTRUCTION, List.of());
		gates.save(gate.started(command.start()));
		return started;
	}

}
