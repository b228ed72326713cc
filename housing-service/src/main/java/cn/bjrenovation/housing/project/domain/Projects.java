package cn.bjrenovation.housing.project.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

	/** The projects of these ids that exist, with their history, in no particular order. */
	List<RenovationProject> findAll(Collection<ProjectId> ids);

	/**
	 * Stores the moved project — its new status and its new transitions — if nobody moved it meanwhile.
	 * @return false when the stored project no longer has {@code expectedVersion} transitions
	 */
	boolean replace(RenovationProject moved, int expectedVersion);

	/**
	 * Stores many projects each moved by transitions that keep its application (a plan, an adjustment), each only
	 * over the version it was moved from; all of them or, when one was moved by someone else meanwhile, false (the
	 * caller's transaction then rolls back whatever was written).
	 * @param expectedVersions the version each was read at, by id
	 */
	boolean replaceAll(List<RenovationProject> moved, Map<ProjectId, Integer> expectedVersions);

	/** The community's project that is not closed, if any (one per round). */
	Optional<ProjectId> openProjectOf(CommunityId community);

	/** One page of projects matching the filter, oldest application first; without their history. */
	ProjectPage list(ProjectFilter filter, int pageSize, ProjectPage.Cursor after);

	/**
	 * One page of the reserve pool: RESERVED projects, their communities' 12345 complaints first, then oldest
	 * application first.
	 * @param districtCode null for the whole city
	 */
	ReservePoolPage reservePool(String districtCode, int pageSize, ReservePoolPage.Cursor after);

	/** The project's transitions after the one at {@code sequence} (0: all of them), in order. */
	List<Transition> transitionsAfter(ProjectId id, int sequence);

}
