package cn.bjrenovation.planning.design.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.bjrenovation.planning.design.domain.CollectionMethod;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** One collection of residents' opinions (征集民意) as the planner records it, checked where it enters. */
public record RecordOpinionsCommand(ProjectId projectId, CollectionMethod method, LocalDate collectedFrom,
		LocalDate collectedTo, int participants, List<String> requests) {

	public static final int MAX_REQUESTS = 100;

	public static final int MAX_REQUEST_LENGTH = 1000;

	/** @throws InvalidInputException listing every bad field */
	public static RecordOpinionsCommand of(String projectId, String method, String collectedFrom, String collectedTo,
			Integer participants, List<String> requests) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		CollectionMethod how = Choices.of(method, "method", CollectionMethod.class, true, check);
		LocalDate from = date(collectedFrom, "collectedFrom", check);
		LocalDate to = date(collectedTo, "collectedTo", check);
		check.require(from == null || to == null || !to.isBefore(from), "collectedTo",
				"the collection cannot end (" + to + ") before it began (" + from + ")");
		check.present(participants, "participants");
		check.require(participants == null || participants >= 1, "participants",
				"at least one resident takes part in a collection, was " + participants);
		List<String> asked = requests == null ? List.of() : requests;
		check.require(!asked.isEmpty(), "requests", "say what the residents asked for: at least one request");
		check.require(asked.size() <= MAX_REQUESTS, "requests", "at most " + MAX_REQUESTS + " requests");
		for (int i = 0; i < asked.size() && i < MAX_REQUESTS; i++) {
			check.plainText(asked.get(i), "requests[" + i + "]", MAX_REQUEST_LENGTH);
		}
		check.throwIfAny();
		return new RecordOpinionsCommand(id, how, from, to, participants,
				asked.stream().map(String::strip).toList());
	}

	static LocalDate date(String text, String field, FieldCheck check) {
		if (text == null || text.isBlank()) {
			check.present(null, field);
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			check.require(false, field, "'" + text.strip() + "' is not a date (yyyy-MM-dd)");
			return null;
		}
	}

}
