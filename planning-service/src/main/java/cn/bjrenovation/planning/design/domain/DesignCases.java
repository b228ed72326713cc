package cn.bjrenovation.planning.design.domain;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.problems.ConflictException;

/** Every project's design case, with all its versions and moves. */
public interface DesignCases {

	/** The case with its schemes (items, attachments, reviews) and history. */
	Optional<DesignCase> find(ProjectId id);

	/** Keeps a newly opened case. */
	void open(DesignCase opened);

	/**
	 * Keeps a move: the case's status and version (only if it is still at {@code before}'s version), its last
	 * transition, a new version's scheme or the current version's review.
	 * @throws ConflictException when another move changed the case meanwhile
	 */
	void moved(DesignCase before, DesignCase after);

	/** Cases without schemes and history, in project-id order. */
	List<DesignCase> list(DesignCaseQuery query);

}
