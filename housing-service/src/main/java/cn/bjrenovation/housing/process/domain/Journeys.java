package cn.bjrenovation.housing.process.domain;

import java.util.List;

import cn.bjrenovation.housing.project.domain.ProjectId;

/** The renovation journeys of the projects. */
public interface Journeys {

	/** The project's journey, held until the transaction ends (facts about one project arrive on four topics). */
	RenovationJourney lock(ProjectId project);

	RenovationJourney of(ProjectId project);

	void save(RenovationJourney journey);

	/**
	 * Every open step (opened, neither done nor skipped) of the projects of a district, with where the project is.
	 * @param districtCode null for the whole city
	 */
	List<OpenStep> openSteps(String districtCode);

	/** An open step of a project, with the project's place and community name. */
	record OpenStep(ProjectId project, String communityName, String districtCode, String streetCode,
			String communityId, StepState state) {
	}

}
