package cn.bjrenovation.housing.process.domain;

import java.time.Instant;

/**
 * Where one step of a journey stands: when it opened (its predecessor was done, or the compensation became due),
 * when it was done, or whether it was skipped (not needed on this project, or the project left the road).
 */
public record StepState(JourneyStep step, Instant openedAt, Instant doneAt, boolean skipped, String note) {

	public static StepState closed(JourneyStep step) {
		return new StepState(step, null, null, false, null);
	}

	StepState opened(Instant at) {
		return openedAt != null || doneAt != null || skipped ? this : new StepState(step, at, null, false, note);
	}

	StepState done(Instant at) {
		return new StepState(step, openedAt == null ? at : openedAt, at, false, note);
	}

	StepState undone(Instant reopenedAt, String why) {
		return new StepState(step, reopenedAt, null, false, why);
	}

	StepState skipped(String why) {
		return doneAt != null ? this : new StepState(step, openedAt, null, true, why);
	}

	StepState cleared() {
		return doneAt != null ? this : new StepState(step, null, null, false, null);
	}

	public boolean done() {
		return doneAt != null;
	}

	/** Opened, neither done nor skipped: waiting for its fact (and, past its deadline, overdue). */
	public boolean open() {
		return openedAt != null && doneAt == null && !skipped;
	}

}
