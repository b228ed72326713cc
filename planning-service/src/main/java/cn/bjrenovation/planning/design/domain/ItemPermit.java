package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The permit one item of the approved scheme needs (A3-8), with the rules' suggestion beside it.
 *
 * @param determinedBy token subject of who determined it; {@link #BY_RULE} when the suggestion stands
 * @param check the check after the works of a notification-commitment item; null until recorded
 */
public record ItemPermit(String code, PermitDetermination determination, PermitDetermination suggested, String reason,
		String determinedBy, Instant determinedAt, CommitmentCheck check) {

	/** Who "determined" a permit whose suggestion stands. */
	public static final String BY_RULE = "rule";

	public ItemPermit {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(determination, "determination");
		Objects.requireNonNull(suggested, "suggested");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(determinedBy, "determinedBy");
		Objects.requireNonNull(determinedAt, "determinedAt");
		if (check != null && determination != PermitDetermination.NOTIFICATION_COMMITMENT) {
			throw new IllegalArgumentException("only a notification-commitment item is checked afterwards");
		}
	}

	public ItemPermit checked(CommitmentCheck check) {
		return new ItemPermit(code, determination, suggested, reason, determinedBy, determinedAt, check);
	}

}
