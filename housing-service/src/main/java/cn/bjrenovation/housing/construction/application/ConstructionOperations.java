package cn.bjrenovation.housing.construction.application;

import cn.bjrenovation.housing.project.domain.ProjectAction;

/** The duty-policy operations of the construction feature (platform-core {@code policy/duties.yml}). */
public final class ConstructionOperations {

	/** Reading a project's construction gate: as for reading the project. */
	public static final String GATE_READ = "housing.construction.gate";

	/** The district records the start of construction (开工), gate checked. */
	public static final String START = ProjectAction.Operations.CONSTRUCTION_START;

	private ConstructionOperations() {
	}

}
