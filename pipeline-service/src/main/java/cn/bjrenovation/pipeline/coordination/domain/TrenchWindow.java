package cn.bjrenovation.pipeline.coordination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.ConflictException;

/**
 * A dig-once trench window (开挖窗口) on one street segment: the road is opened once, between {@code start} and
 * {@code end} (both included), and every network whose works touch the segment is laid in the same trench — the
 * utility that opened it as primary, those that joined as secondary (trench sharing, 同沟共建), from one project or
 * several. No two windows of a segment that are not released overlap: the database refuses it. Once every participant
 * has permanently reinstated the road the window is completed, and the segment is protected for the period its road
 * works call for.
 *
 * @param protectedUntil last protected day after completion; null when none (or not completed)
 * @param exception the approved exception it opened under, inside a protection period; null when none was needed
 * @param openedFor the project whose plan opened it
 */
public record TrenchWindow(WindowId id, SegmentCode segment, String segmentName, LocalDate start, LocalDate end,
		WindowStatus status, RoadWork roadWork, List<Participant> participants, LocalDate completedOn,
		LocalDate protectedUntil, ProtectionException exception, ProjectId openedFor, String openedBy,
		Instant openedAt) {

	public TrenchWindow {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(segment, "segment");
		Objects.requireNonNull(segmentName, "segmentName");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(roadWork, "roadWork");
		Objects.requireNonNull(openedFor, "openedFor");
		Objects.requireNonNull(openedBy, "openedBy");
		Objects.requireNonNull(openedAt, "openedAt");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("window " + id + " ends before it starts");
		}
		participants = List.copyOf(participants);
	}

	/**
	 * A new window on the segment for the project's utilities: the first opens it (primary), the others share its
	 * trench (secondary).
	 */
	public static TrenchWindow open(SegmentCode segment, String segmentName, LocalDate start, LocalDate end,
			RoadWork roadWork, ProjectId project, List<Utility> utilities, ProtectionException exception,
			String openedBy, Instant at) {
		if (utilities.isEmpty()) {
			throw new IllegalArgumentException("a window needs at least one utility");
		}
		List<Participant> participants = new ArrayList<>();
		for (Utility utility : utilities) {
			participants.add(new Participant(project, utility,
					participants.isEmpty() ? ParticipantRole.PRIMARY : ParticipantRole.SECONDARY,
					WorksStage.NOT_STARTED, null));
		}
		return new TrenchWindow(WindowId.newId(), segment, segmentName, start, end, WindowStatus.SCHEDULED, roadWork,
				participants, null, null, exception, project, openedBy, at);
	}

	public StreetCode street() {
		return segment.street();
	}

	public Optional<Participant> participant(ProjectId project, Utility utility) {
		return participants.stream().filter(participant -> participant.is(project, utility)).findFirst();
	}

	public List<Participant> participantsOf(ProjectId project) {
		return participants.stream().filter(participant -> participant.projectId().equals(project)).toList();
	}

	/** The window as a refusal names it: id, segment and dates. */
	public String describe() {
		return "window " + id + " on " + segment + " (" + segmentName + ") from " + start + " to " + end;
	}

	/**
	 * Other utilities join the trench (trench sharing), as secondary participants.
	 * @throws ConflictException when the window is no longer scheduled or a utility of the project is already in it
	 */
	public TrenchWindow join(ProjectId project, List<Utility> utilities) {
		requireScheduled("join");
		List<Participant> joined = new ArrayList<>(participants);
		for (Utility utility : utilities) {
			if (participant(project, utility).isPresent()) {
				throw new ConflictException(utility + " of project " + project + " is already in " + describe());
			}
			joined.add(new Participant(project, utility, ParticipantRole.SECONDARY, WorksStage.NOT_STARTED, null));
		}
		return with(status, joined, completedOn, protectedUntil);
	}

	/**
	 * A participant reports its works: stages only move forward. When every participant has permanently reinstated the
	 * road, the window completes on the latest reinstatement and the segment is protected for {@code protectionYears}.
	 * @throws ConflictException when the stage does not move forward, or the day is before the window opens or before
	 * the participant's previous report
	 */
	public TrenchWindow report(ProjectId project, Utility utility, WorksStage stage, LocalDate on, int protectionYears) {
		requireScheduled("report works on");
		Participant current = participant(project, utility).orElseThrow(() -> new ConflictException(
				utility + " of project " + project + " takes no part in " + describe()));
		if (stage.compareTo(current.stage()) <= 0) {
			throw new ConflictException(utility + " of project " + project + " already reported " + current.stage()
					+ " in " + describe() + "; works are reported forward only");
		}
		if (on.isBefore(start) || (current.stageOn() != null && on.isBefore(current.stageOn()))) {
			throw new ConflictException(utility + " reports " + stage + " on " + on + ", before "
					+ (on.isBefore(start) ? "the window opens on " + start : "its previous report on " + current.stageOn()));
		}
		List<Participant> reported = participants.stream()
			.map(participant -> participant.is(project, utility) ? participant.at(stage, on) : participant)
			.toList();
		if (reported.stream().allMatch(participant -> participant.stage() == WorksStage.REINSTATED_PERMANENT)) {
			LocalDate completed = reported.stream().map(Participant::stageOn).max(Comparator.naturalOrder()).orElse(on);
			return with(WindowStatus.COMPLETED, reported, completed,
					protectionYears > 0 ? completed.plusYears(protectionYears).minusDays(1) : null);
		}
		return with(status, reported, completedOn, protectedUntil);
	}

	/**
	 * The project leaves the window (withdrawn or out of the plan): its participants go; a window left empty is
	 * released, one whose primary left is led by the first remaining participant.
	 */
	public TrenchWindow without(ProjectId project) {
		List<Participant> remaining = participants.stream()
			.filter(participant -> !participant.projectId().equals(project))
			.toList();
		if (remaining.isEmpty()) {
			return with(WindowStatus.RELEASED, participants, completedOn, protectedUntil);
		}
		if (remaining.stream().noneMatch(participant -> participant.role() == ParticipantRole.PRIMARY)) {
			List<Participant> promoted = new ArrayList<>(remaining);
			promoted.set(0, promoted.get(0).as(ParticipantRole.PRIMARY));
			remaining = promoted;
		}
		return with(status, remaining, completedOn, protectedUntil);
	}

	private void requireScheduled(String what) {
		if (status != WindowStatus.SCHEDULED) {
			throw new ConflictException(describe() + " is " + status + "; one can " + what + " a scheduled window only");
		}
	}

	private TrenchWindow with(WindowStatus nextStatus, List<Participant> nextParticipants, LocalDate nextCompletedOn,
			LocalDate nextProtectedUntil) {
		return new TrenchWindow(id, segment, segmentName, start, end, nextStatus, roadWork, nextParticipants,
				nextCompletedOn, nextProtectedUntil, exception, openedFor, openedBy, openedAt);
	}

}
