package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One collection of residents' opinions by the responsible planner (征集民意, A2 规自委): how, when, how many took
 * part, what they asked for. A scheme version records which collections it was drawn from.
 */
public record OpinionCollection(UUID id, ProjectId projectId, CollectionMethod method, LocalDate collectedFrom,
		LocalDate collectedTo, int participants, List<String> requests, String recordedBy, Instant recordedAt) {

	public OpinionCollection {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(collectedFrom, "collectedFrom");
		Objects.requireNonNull(collectedTo, "collectedTo");
		Objects.requireNonNull(recordedBy, "recordedBy");
		Objects.requireNonNull(recordedAt, "recordedAt");
		requests = List.copyOf(requests);
	}

}
