package cn.bjrenovation.pipeline.coordination.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.place.StreetCode;

/** Every trench window of every street segment. */
public interface TrenchWindows {

	/** A window of the segment, not released, whose dates meet [start, end]; the earliest when several do. */
	Optional<TrenchWindow> overlapping(SegmentCode segment, LocalDate start, LocalDate end);

	/** The completed window of the segment whose protection period reaches {@code day} or later, if any. */
	Optional<TrenchWindow> protecting(SegmentCode segment, LocalDate day);

	/**
	 * Adds the window unless the database refuses it because another, not released, overlaps it on the segment (the
	 * exclusion constraint: two requests at the same moment cannot both get in).
	 * @return the window the database found in the way; empty when the window was added
	 */
	Optional<TrenchWindow> add(TrenchWindow window);

	Optional<TrenchWindow> find(WindowId id);

	/** As {@link #find}, locking the window until the transaction ends. */
	Optional<TrenchWindow> lock(WindowId id);

	/** The windows the project takes part in (or opened), by start date. */
	List<TrenchWindow> ofProject(ProjectId project);

	/** The windows of the projects, by project. */
	List<TrenchWindow> ofProjects(Collection<ProjectId> projects);

	/** Every window, not released, on the street's segments whose dates meet [from, to], by start date. */
	List<TrenchWindow> onStreet(StreetCode street, LocalDate from, LocalDate to);

	/** Stores the window's status, completion and participants as they now are. */
	void update(TrenchWindow window);

	void addReport(WorksReport report);

}
