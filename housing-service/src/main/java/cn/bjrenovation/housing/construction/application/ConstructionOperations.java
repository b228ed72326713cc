package cn.bjrenovation.housing.construction.application;

import cn.bjrenovation.housing.project.domain.ProjectAction;

/** The duty-policy operations of the construction feature (platform-core {@code policy/duties.yml}). */
public final class ConstructionOperations {

	/** Reading a project's construction gate: as for reading the project. */
	public static final String GATE_READ = "housing.construction.gate";

	/** The district records the start of construction (开工), gate checked. */
	public static final String START = ProjectAction.Operations.CONSTRUCTION_START;

	/** The district reports progress; the report bringing every item to 100 completes construction (完工). */
	public static final String PROGRESS_REPORT = ProjectAction.Operations.PROGRESS_REPORT;

	/** The district attaches a photo to one of its progress reports. */
	public static final String PHOTO_UPLOAD = "housing.progress.photo-upload";

	/** Reading a progress photo: as for reading the project. */
	public static final String PHOTO_READ = "housing.progress.photo-read";

	/** The monthly figures per district (月度调度): the commission city-wide, a district its own. */
	public static final String MONTHLY = "housing.progress.monthly";

	private ConstructionOperations() {
	}

}
