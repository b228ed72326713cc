package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.util.Objects;

/** The check after the works of an item approved on notification-commitment (告知承诺, 事中事后监管). */
public record CommitmentCheck(boolean passed, String note, String checkedBy, Instant checkedAt) {

	public CommitmentCheck {
		Objects.requireNonNull(note, "note");
		Objects.requireNonNull(checkedBy, "checkedBy");
		Objects.requireNonNull(checkedAt, "checkedAt");
	}

}
