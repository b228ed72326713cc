package cn.bjrenovation.pipeline.coordination.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A project's joint acceptance (联合验收) as housing published it ({@code JointAcceptancePassed}): what the handover of
 * the renovated networks waits for.
 *
 * @param eventId the id of housing's event: the acceptance reference a handover records
 */
public record JointAcceptance(ProjectId projectId, String eventId, Instant acceptedAt) {

	public JointAcceptance {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(acceptedAt, "acceptedAt");
	}

	/** The reference a handover records: the fact and its event id. */
	public String reference() {
		return "JointAcceptancePassed " + eventId;
	}

}
