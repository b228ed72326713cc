package cn.bjrenovation.housing.project.domain;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.place.CommunityId;

/** Every renovation project, with its full history (transitions are appended, never rewritten). */
public interface Projects {

	/**
	 * Stores a new project with its application.
	 * @throws cn.bjrenovation.platform.problems.ConflictException when its community has an open project already
	 */
	void add(RenovationProject project);

	Optional<RenovationProject> find(ProjectId id);

	/**
	 * Stores the moved project — its new status and its new transitions — if nobody moved it meanwhile.
	 * @return false when the stored project no longer has {@code expectedVersion} transitions
	 */
	boolean replace(RenovationProject moved, int expectedVersion);

	/** The community's project that is not closed, if any (one per round). */
	Optional<ProjectId> openProjectOf(CommunityId community);

	/** One page of projects matching the filter, oldest application first; without their history. */
	ProjectPage list(ProjectFilter filter, int pageSize, ProjectPage.Cursor after);

	/** The project's transitions after the one at {@code sequence} (0: all of them), in order. */
	List<Transition> transitionsAfter(ProjectId id, int sequence);

}
