package cn.bjrenovation.planning.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.fixtures.housing.HousingEventFuzz;
import cn.bjrenovation.fixtures.housing.HousingEvents;
import cn.bjrenovation.fixtures.housing.HousingProjectEvents;
import cn.bjrenovation.housing.v1.AnnualPlanAdjusted;
import cn.bjrenovation.housing.v1.CommunityRegistered;
import cn.bjrenovation.housing.v1.JointAcceptancePassed;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectPlanned;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.housing.v1.ProjectTransition;
import cn.bjrenovation.housing.v1.ProjectWithdrawn;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.fuzz.EventFuzz;
import cn.bjrenovation.platform.testing.fuzz.EventRows;
import cn.bjrenovation.platform.testing.fuzz.FuzzRun;
import cn.bjrenovation.platform.testing.fuzz.GrpcFuzz;
import cn.bjrenovation.platform.testing.fuzz.Oddities;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The consumption of {@code housing.project} ({@code HousingProjectListener}: ProjectPlanned, AnnualPlanAdjusted,
 * ProjectWithdrawn, JointAcceptancePassed), fuzzed: garbage bytes, tombstones, truncated envelopes, unknown types and
 * schema versions, payloads that do not parse or are of another type, projects that can never be planned ones (bad
 * ids and codes, a street of another district, no community name, version below 1, no plan year), odd but readable
 * projects and envelope headers, and good facts alone, replayed (the same event twice) or in a row with a stale one
 * (an older version of the project after a newer). Afterwards: the consumer got past every record; every record that
 * can never be read is on {@code housing.project.DLT} at once with its reason and wrote nothing; no design case is
 * opened for a fact that can never be a planned project, nor for a withdrawal, removal or acceptance of a project
 * planning never saw; types planning does not follow are skipped; every good fact is applied exactly once (one case,
 * one move per fact that moves it, a stale or replayed fact moving nothing). Shares the context of the other fuzz
 * tests of the service (retries 10 ms apart).
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class ProjectEventFuzzTest {

	private static final String[] STREETS = { "110105017", "110105001", "110101001", "110108001" };

	/** housing.project types planning does not follow: skipped however their payload looks. */
	private static final String[] NOT_FOLLOWED = { ProjectFacts.PROJECT_APPLIED, ProjectFacts.PROJECT_RESUBMITTED,
			ProjectFacts.PROJECT_ACCEPTED, ProjectFacts.PROJECT_RETURNED, ProjectFacts.PROJECT_RESERVED,
			ProjectFacts.CONSTRUCTION_STARTED, ProjectFacts.CONSTRUCTION_COMPLETED,
			ProjectFacts.LONG_TERM_MANAGEMENT_STARTED, "ProjectRenamed" };

	private static final String[] FOLLOWED = { ProjectFacts.PROJECT_PLANNED, ProjectFacts.ANNUAL_PLAN_ADJUSTED,
			ProjectFacts.PROJECT_WITHDRAWN, ProjectFacts.JOINT_ACCEPTANCE_PASSED };

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	/** What must become of an input. */
	enum Expect {

		/** on the DLT at once as a malformed event, no case for its project */
		DEAD_LETTER,
		/** skipped: not dead-lettered, not recorded as consumed, no case */
		SKIPPED,
		/** applied: not dead-lettered, its project's case in {@code status} with {@code moves} moves */
		APPLIED,
		/** readable, about a project planning never saw and that does not open a case: not dead-lettered, no case */
		NO_CASE,
		/** applied as above, or dead-lettered writing nothing: never silently dropped */
		APPLIED_OR_DEAD_LETTER,
		/** anything but a blocked partition, a case moved more than once or a write by a dead-lettered record */
		ANY

	}

	/** One input: one record, or several on the same key (so in order) for replays and stale facts. */
	record Input(int index, String category, String key, List<byte[]> values, Expect expect, List<String> eventIds,
			String projectId, String status, int moves) {

		String shown() {
			StringBuilder text = new StringBuilder("#" + index + " [" + category + "]");
			for (byte[] value : values) {
				EventEnvelope envelope = EventFuzz.parsed(value);
				text.append(value == null ? " null value (tombstone)"
						: envelope == null || envelope.getType().isEmpty() ? " bytes " + hex(value)
								: " envelope {" + envelope.toBuilder().clearPayload().build().toString().replace("\n", "; ")
										+ "} payload " + payloadText(envelope));
			}
			return text.toString();
		}

	}

	record Case(String status, int moves) {
	}

	@Test
	void projectEventPayloads() {
		FuzzRun run = FuzzRun.start("planning events (housing.project)");
		run.count("DLT records", 0);
		run.count("design cases opened by a fact that is no planned project", 0);
		EventFuzz events = new EventFuzz();
		List<Input> inputs = new ArrayList<>();
		List<Integer> lastRecord = new ArrayList<>();
		int records = 0;
		for (int i = 0; i < run.tries(); i++) {
			Input input = input(run.input(i), i, "fuzz-project-" + run.seed() + "-" + i);
			inputs.add(input);
			for (byte[] value : input.values()) {
				events.send(ProjectFacts.TOPIC, input.key(), value);
				records++;
			}
			lastRecord.add(records - 1);
			run.count("inputs tried");
			run.count("inputs: " + input.category());
		}
		List<RecordMetadata> sent = events.flush();
		long sentAt = System.nanoTime();
		System.out.printf("FUZZ sent %d records%n", sent.size());
		events.close();
		if (!EventFuzz.awaitConsumed(group, sent, Duration.ofSeconds(Math.max(120, sent.size() / 15)))) {
			run.finding("consumer did not get past every record in time (blocked partition)", "all inputs",
					"group " + group);
		}
		System.out.printf("FUZZ consumed in %.1f s%n", (System.nanoTime() - sentAt) / 1e9);
		Map<String, ConsumerRecord<String, byte[]>> dead = EventFuzz.deadLettersByKey(ProjectFacts.TOPIC, group);
		Map<String, Case> cases = cases(inputs.stream().map(Input::projectId).filter(id -> id != null).toList());
		Set<String> consumed = EventRows.consumed(jdbc)
			.apply(inputs.stream()
				.flatMap(input -> input.eventIds().stream())
				.filter(id -> id != null && id.indexOf(0) < 0)
				.distinct()
				.toList());
		var committed = EventFuzz.committed(group);
		for (Input input : inputs) {
			if (!EventFuzz.consumed(committed, sent.get(lastRecord.get(input.index())))) {
				run.count("inputs not consumed in time (not judged)");
				continue;
			}
			judge(run, input, dead.get(input.key()), input.projectId() == null ? null : cases.get(input.projectId()),
					consumed);
		}
		run.finish();
	}

	private static void judge(FuzzRun run, Input input, ConsumerRecord<String, byte[]> dead, Case found,
			Set<String> consumed) {
		if (dead != null) {
			run.count("DLT records");
			String message = EventFuzz.header(dead, EventFuzz.EXCEPTION_MESSAGE);
			String cause = EventFuzz.header(dead, EventFuzz.CAUSE_FQCN);
			if (message == null || message.isBlank() || EventFuzz.header(dead, EventFuzz.EXCEPTION_FQCN) == null) {
				run.finding("dead letter without the reason in its headers [" + input.category() + "]", input.shown(),
						headers(dead));
			}
			if (!HousingEventFuzz.MALFORMED.equals(cause) && input.expect() != Expect.APPLIED) {
				run.finding("dead-lettered as " + cause + ", not as a malformed event [" + input.category() + "]",
						input.shown(), message);
			}
			if (found != null && input.values().size() == 1) {
				run.finding("dead-lettered but opened a design case [" + input.category() + "]", input.shown(),
						headers(dead));
			}
		}
		if (found != null && input.moves() > 0 && found.moves() > input.moves()) {
			run.finding("fact applied more than once [" + input.category() + "]", input.shown(),
					"case " + found.status() + " after " + found.moves() + " moves, expected " + input.moves());
		}
		switch (input.expect()) {
			case DEAD_LETTER -> {
				if (dead == null) {
					run.finding("not dead-lettered [" + input.category() + "]", input.shown(),
							found != null ? "case " + found : "neither applied nor dead-lettered");
				}
				if (found != null) {
					run.count("design cases opened by a fact that is no planned project");
					run.finding("design case opened for a fact that can never be a planned project [" + input.category()
							+ "]", input.shown(), "case " + found);
				}
			}
			case SKIPPED -> {
				if (dead != null) {
					run.finding("type planning does not follow dead-lettered instead of skipped", input.shown(),
							headers(dead));
				}
				if (input.eventIds().stream().anyMatch(consumed::contains)) {
					run.finding("type planning does not follow recorded as consumed", input.shown(), "");
				}
				if (found != null) {
					run.finding("type planning does not follow opened a design case", input.shown(), "case " + found);
				}
			}
			case APPLIED -> {
				if (dead != null || found == null || !found.status().equals(input.status())
						|| found.moves() != input.moves()) {
					run.count("good events not applied");
					run.finding("good fact not applied once" + (dead != null ? " (dead-lettered)" : "") + " ["
							+ input.category() + "]", input.shown(),
							(dead != null ? headers(dead) + " " : "") + "case " + found + ", expected " + input.status()
									+ " after " + input.moves() + " moves");
				}
			}
			case NO_CASE -> {
				if (dead != null) {
					run.finding("readable fact about an unknown project dead-lettered [" + input.category() + "]",
							input.shown(), headers(dead));
				}
				if (found != null) {
					run.finding("fact that is no planning opened a design case [" + input.category() + "]",
							input.shown(), "case " + found);
				}
			}
			case APPLIED_OR_DEAD_LETTER -> {
				if (dead == null && found == null) {
					run.finding("readable fact silently dropped (neither applied nor dead-lettered) ["
							+ input.category() + "]", input.shown(), "");
				}
			}
			case ANY -> {
			}
		}
	}

	private Map<String, Case> cases(Collection<String> projectIds) {
		List<UUID> ids = projectIds.stream().map(PlanningFuzzTest::uuid).filter(id -> id != null).distinct().toList();
		Map<String, Case> cases = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 5_000) {
			jdbc.sql("SELECT c.project_id::text, c.status, (SELECT count(*) FROM design_case_transition t"
					+ " WHERE t.project_id = c.project_id) FROM design_case c WHERE c.project_id IN (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 5_000)))
				.query((rs, n) -> cases.put(rs.getString(1), new Case(rs.getString(2), rs.getInt(3))))
				.list();
		}
		return cases;
	}

	private static Input input(SplittableRandom r, int i, String key) {
		String eventId = UUID.randomUUID().toString();
		ProjectSnapshot project = valid(r);
		String id = project.getProjectId();
		int kind = r.nextInt(24);
		if (kind < 2) {
			byte[] garbage = EventFuzz.garbage(r);
			return single(i, "garbage bytes", key, garbage,
					EventFuzz.parsed(garbage) == null ? Expect.DEAD_LETTER : Expect.ANY, null, null);
		}
		if (kind == 2) {
			return single(i, "tombstone", key, null, Expect.DEAD_LETTER, null, null);
		}
		if (kind == 3) {
			byte[] whole = envelope(eventId, ProjectFacts.PROJECT_PLANNED, 1, planned(project, 2026)).toByteArray();
			byte[] truncated = Arrays.copyOf(whole, r.nextInt(whole.length));
			EventEnvelope parsed = EventFuzz.parsed(truncated);
			Expect expect = parsed == null ? Expect.DEAD_LETTER : Expect.ANY;
			return single(i, "truncated envelope", key, truncated, expect, eventId, id);
		}
		if (kind == 4) {
			String type = r.nextBoolean() ? Oddities.pick(r, NOT_FOLLOWED) : GrpcFuzz.text(r) + "Event";
			boolean plainName = EventEnvelopes.isName(type);
			return single(i, plainName ? "type not followed" : "malformed type", key,
					envelope(eventId, type, 1, r.nextBoolean() ? planned(project, 2026)
							: ByteString.copyFrom(EventFuzz.garbage(r))).toByteArray(),
					plainName ? Expect.SKIPPED : Expect.DEAD_LETTER, eventId, id);
		}
		String type = Oddities.pick(r, FOLLOWED);
		if (kind < 7) {
			int version = Oddities.pick(r, new Integer[] { 0, 2, 3, -1, Integer.MAX_VALUE, Integer.MIN_VALUE });
			return single(i, "unknown schema version", key,
					envelope(eventId, ProjectFacts.PROJECT_PLANNED, version, planned(project, 2026)).toByteArray(),
					Expect.DEAD_LETTER, eventId, id);
		}
		if (kind < 9) {
			ByteString garbage = ByteString.copyFrom(EventFuzz.garbage(r));
			return single(i, "payload garbage", key, envelope(eventId, type, 1, garbage).toByteArray(),
					Expect.DEAD_LETTER, eventId, null);
		}
		if (kind == 9) {
			// a housing.community payload (a community where a project is expected) or a truncated project payload
			ByteString payload = r.nextBoolean()
					? CommunityRegistered.newBuilder().setCommunity(HousingEvents.community("错类型小区", STREETS[0], 1980)).build().toByteString()
					: truncated(r, payload(type, project, 2026, AnnualPlanAdjusted.PlanChange.ADDED));
			return single(i, "payload of the wrong type or truncated", key, envelope(eventId, type, 1, payload).toByteArray(),
					parses(type, payload) ? Expect.ANY : Expect.DEAD_LETTER, eventId, id);
		}
		if (kind < 13) {
			ProjectSnapshot bad = invalid(r, project);
			boolean planning = r.nextBoolean();
			String badType = planning ? Oddities.pick(r, new String[] { ProjectFacts.PROJECT_PLANNED, ProjectFacts.ANNUAL_PLAN_ADJUSTED }) : type;
			int year = planning && r.nextInt(4) == 0 ? Oddities.pick(r, new Integer[] { 0, 1999, 2101, -2026, Integer.MAX_VALUE }) : 2026;
			if (year != 2026) {
				bad = project;
			}
			AnnualPlanAdjusted.PlanChange change = r.nextInt(6) == 0 ? AnnualPlanAdjusted.PlanChange.PLAN_CHANGE_UNSPECIFIED
					: AnnualPlanAdjusted.PlanChange.ADDED;
			return single(i, "no planned project (bad id, code, name, version or year)", key,
					envelope(eventId, badType, 1, payload(badType, bad, year, change)).toByteArray(), Expect.DEAD_LETTER,
					eventId, bad.getProjectId());
		}
		if (kind < 15) {
			ProjectSnapshot odd = odd(r, project);
			return single(i, "odd but readable project", key,
					envelope(eventId, ProjectFacts.PROJECT_PLANNED, 1, planned(odd, 2000 + r.nextInt(101))).toByteArray(),
					Expect.APPLIED_OR_DEAD_LETTER, eventId, id, "OPEN", 1);
		}
		if (kind < 17) {
			EventEnvelope envelope = EventFuzz.oddHeaders(r,
					envelope(eventId, ProjectFacts.PROJECT_PLANNED, 1, planned(project, 2026)));
			return single(i, "odd envelope headers", key, envelope.toByteArray(), Expect.APPLIED_OR_DEAD_LETTER,
					envelope.getEventId(), id, "OPEN", 1);
		}
		if (kind < 19) {
			// a withdrawal, removal from the plan or acceptance of a project planning never saw opens nothing
			String notOpening = Oddities.pick(r, new String[] { ProjectFacts.PROJECT_WITHDRAWN,
					ProjectFacts.JOINT_ACCEPTANCE_PASSED, ProjectFacts.ANNUAL_PLAN_ADJUSTED });
			return single(i, "fact about a project planning never saw", key,
					envelope(eventId, notOpening, 1, payload(notOpening, project, 2026, AnnualPlanAdjusted.PlanChange.REMOVED))
						.toByteArray(), Expect.NO_CASE, eventId, id);
		}
		if (kind < 21) {
			boolean adjusted = r.nextBoolean();
			String opening = adjusted ? ProjectFacts.ANNUAL_PLAN_ADJUSTED : ProjectFacts.PROJECT_PLANNED;
			return single(i, "good fact", key,
					envelope(eventId, opening, 1, payload(opening, project, 2026, AnnualPlanAdjusted.PlanChange.ADDED))
						.toByteArray(), Expect.APPLIED, eventId, id, "OPEN", 1);
		}
		if (kind == 21) {
			byte[] once = envelope(eventId, ProjectFacts.PROJECT_PLANNED, 1, planned(project, 2026)).toByteArray();
			List<byte[]> replays = new ArrayList<>();
			for (int n = 2 + r.nextInt(3); n > 0; n--) {
				replays.add(once);
			}
			return new Input(i, "replayed fact", key, replays, Expect.APPLIED, List.of(eventId), id, "OPEN", 1);
		}
		// the project planned, then a newer or an older (stale) fact about it
		ProjectSnapshot newer = project.toBuilder().setVersion(project.getVersion() + 1).build();
		ProjectSnapshot older = project.toBuilder().setVersion(project.getVersion() - 1).build();
		String second = UUID.randomUUID().toString();
		int then = r.nextInt(4);
		byte[] plannedFirst = envelope(eventId, ProjectFacts.PROJECT_PLANNED, 1, planned(project, 2026)).toByteArray();
		return switch (then) {
			case 0 -> new Input(i, "planned then withdrawn", key, List.of(plannedFirst,
					envelope(second, ProjectFacts.PROJECT_WITHDRAWN, 1, payload(ProjectFacts.PROJECT_WITHDRAWN, newer, 2026, null))
						.toByteArray()), Expect.APPLIED, List.of(eventId, second), id, "CLOSED", 2);
			case 1 -> new Input(i, "planned then removed from the plan", key, List.of(plannedFirst,
					envelope(second, ProjectFacts.ANNUAL_PLAN_ADJUSTED, 1,
							payload(ProjectFacts.ANNUAL_PLAN_ADJUSTED, newer, 2026, AnnualPlanAdjusted.PlanChange.REMOVED))
						.toByteArray()), Expect.APPLIED, List.of(eventId, second), id, "SUSPENDED", 2);
			case 2 -> new Input(i, "stale withdrawal after planning", key, List.of(plannedFirst,
					envelope(second, ProjectFacts.PROJECT_WITHDRAWN, 1, payload(ProjectFacts.PROJECT_WITHDRAWN, older, 2026, null))
						.toByteArray()), Expect.APPLIED, List.of(eventId, second), id, "OPEN", 1);
			default -> new Input(i, "acceptance of a case not approved", key, List.of(plannedFirst,
					envelope(second, ProjectFacts.JOINT_ACCEPTANCE_PASSED, 1,
							payload(ProjectFacts.JOINT_ACCEPTANCE_PASSED, newer, 2026, null))
						.toByteArray()), Expect.APPLIED, List.of(eventId, second), id, "OPEN", 1);
		};
	}

	private static Input single(int i, String category, String key, byte[] value, Expect expect, String eventId,
			String projectId) {
		return single(i, category, key, value, expect, eventId, projectId, null, 0);
	}

	private static Input single(int i, String category, String key, byte[] value, Expect expect, String eventId,
			String projectId, String status, int moves) {
		List<byte[]> values = new ArrayList<>();
		values.add(value);
		List<String> eventIds = new ArrayList<>();
		eventIds.add(eventId);
		return new Input(i, category, key, values, expect, eventIds, projectId, status, moves);
	}

	private static EventEnvelope envelope(String eventId, String type, int version, ByteString payload) {
		return EventFuzz.envelope(eventId, type, version, "fuzz", payload);
	}

	private static ProjectSnapshot valid(SplittableRandom r) {
		String street = Oddities.pick(r, STREETS);
		return ProjectSnapshot.newBuilder()
			.setProjectId(new UUID(r.nextLong(), r.nextLong()).toString())
			.setCommunityId(new UUID(r.nextLong(), r.nextLong()).toString())
			.setCommunityName("模糊小区" + Long.toHexString(r.nextLong()))
			.setDistrictCode(street.substring(0, 6))
			.setStreetCode(street)
			.setStatus(ProjectStatus.PLANNED)
			.addItems(HousingProjectEvents.WATER_SUPPLY)
			.setPlanYear(2026)
			.setVersion(2 + r.nextInt(5))
			.build();
	}

	/** A project that can never be a planned one: an id or code malformed, a street of another district, no name or version. */
	private static ProjectSnapshot invalid(SplittableRandom r, ProjectSnapshot project) {
		ProjectSnapshot.Builder bad = project.toBuilder();
		switch (r.nextInt(8)) {
			case 0 -> {
				String text = GrpcFuzz.text(r);
				bad.setProjectId(PlanningFuzzTest.uuid(text) != null ? "x" + text : text);
			}
			case 1 -> {
				String text = GrpcFuzz.text(r);
				bad.setCommunityId(PlanningFuzzTest.uuid(text) != null ? "x" + text : text);
			}
			case 2 -> bad.setDistrictCode(unreadable(GrpcFuzz.text(r, "", "1101", "110105x")));
			case 3 -> bad.setStreetCode(unreadable(GrpcFuzz.text(r, "", "1101050", "110105", "11010501x")));
			case 4 -> bad.setDistrictCode("110108").setStreetCode("110105017");
			case 5 -> bad.setCommunityName(r.nextBoolean() ? "" : " \t");
			case 6 -> bad.setVersion(Oddities.pick(r, new Long[] { 0L, -1L, Long.MIN_VALUE }));
			default -> bad.clearProjectId();
		}
		return bad.build();
	}

	private static String unreadable(String code) {
		return code.strip().matches("[0-9]+") ? code + "x" : code;
	}

	/** A project with odd values a reader may take or refuse: names, statuses, items, huge versions. */
	private static ProjectSnapshot odd(SplittableRandom r, ProjectSnapshot project) {
		ProjectSnapshot.Builder odd = project.toBuilder();
		for (int n = 1 + r.nextInt(3); n > 0; n--) {
			switch (r.nextInt(5)) {
				case 0 -> odd.setCommunityName(GrpcFuzz.text(r) + "小区");
				case 1 -> odd.setStatusValue(r.nextInt(40) - 5);
				case 2 -> odd.setVersion(Long.MAX_VALUE - r.nextInt(3));
				case 3 -> odd.clearItems().addItems(HousingProjectEvents.item(GrpcFuzz.text(r), GrpcFuzz.text(r),
						cn.bjrenovation.housing.v1.ItemClass.BASIC, r.nextBoolean()));
				default -> odd.setPlanYear(GrpcFuzz.integer(r));
			}
		}
		return odd.build();
	}

	private static ByteString planned(ProjectSnapshot project, int year) {
		return payload(ProjectFacts.PROJECT_PLANNED, project, year, null);
	}

	private static ByteString payload(String type, ProjectSnapshot project, int year, AnnualPlanAdjusted.PlanChange change) {
		ProjectTransition transition = HousingProjectEvents.transition(project.toBuilder().setStatus(ProjectStatus.PLANNED).build(), "PLAN", ProjectStatus.RESERVED, "HOUSING")
			.toBuilder()
			.addReasons("模糊")
			.build();
		Message message = switch (type) {
			case ProjectFacts.PROJECT_PLANNED -> ProjectPlanned.newBuilder().setProject(project).setTransition(transition).setYear(year).build();
			case ProjectFacts.ANNUAL_PLAN_ADJUSTED -> AnnualPlanAdjusted.newBuilder()
				.setProject(project)
				.setTransition(transition)
				.setYear(year)
				.setChange(change == null ? AnnualPlanAdjusted.PlanChange.ADDED : change)
				.build();
			case ProjectFacts.PROJECT_WITHDRAWN -> ProjectWithdrawn.newBuilder().setProject(project).setTransition(transition).build();
			default -> JointAcceptancePassed.newBuilder().setProject(project).setTransition(transition).build();
		};
		return message.toByteString();
	}

	private static ByteString truncated(SplittableRandom r, ByteString whole) {
		return whole.substring(0, r.nextInt(whole.size()));
	}

	/** Whether the payload parses as the type's message with a project planning could read (then anything may happen). */
	private static boolean parses(String type, ByteString payload) {
		try {
			ProjectSnapshot project = switch (type) {
				case ProjectFacts.PROJECT_PLANNED -> ProjectPlanned.parseFrom(payload).getProject();
				case ProjectFacts.ANNUAL_PLAN_ADJUSTED -> AnnualPlanAdjusted.parseFrom(payload).getProject();
				case ProjectFacts.PROJECT_WITHDRAWN -> ProjectWithdrawn.parseFrom(payload).getProject();
				default -> JointAcceptancePassed.parseFrom(payload).getProject();
			};
			return PlanningFuzzTest.uuid(project.getProjectId()) != null && !project.getCommunityName().isBlank();
		}
		catch (InvalidProtocolBufferException ex) {
			return false;
		}
	}

	private static String payloadText(EventEnvelope envelope) {
		try {
			String text = ProjectPlanned.parseFrom(envelope.getPayload()).toString();
			if (!text.isBlank()) {
				return "{" + text.replace("\n", "; ") + "}";
			}
		}
		catch (InvalidProtocolBufferException ex) {
			// shown as bytes
		}
		return hex(envelope.getPayload().toByteArray());
	}

	private static String headers(ConsumerRecord<String, byte[]> dead) {
		StringBuilder text = new StringBuilder();
		dead.headers().forEach(header -> {
			if (header.key().startsWith("kafka_dlt-exception") && !header.key().contains("stacktrace")) {
				text.append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8)).append("; ");
			}
		});
		return text.toString();
	}

	private static String hex(byte[] bytes) {
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < Math.min(bytes.length, 48); i++) {
			hex.append(String.format("%02x", bytes[i]));
		}
		return hex + (bytes.length > 48 ? "…(" + bytes.length + " bytes)" : "");
	}

}
