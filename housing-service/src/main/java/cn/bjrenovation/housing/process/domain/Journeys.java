package cn.bjrenovation.housing.process.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.project.domain.ProjectId;

/** The renovation journeys of the projects. */
public interface Journeys {

	/**
	 * The projects' journeys, each held until the transaction ends (facts about one project arrive on four topics);
	 * taken in one order, so two transactions never wait on each other.
	 */
	Map<ProjectId, RenovationJourney> lockAll(Collection<ProjectId> projects);

	RenovationJourney of(ProjectId project);

	/** Stores the journeys as they are now, replacing what was stored. */
	void saveAll(Collection<RenovationJourney> journeys);

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
