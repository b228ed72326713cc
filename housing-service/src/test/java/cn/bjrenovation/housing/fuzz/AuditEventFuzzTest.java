package cn.bjrenovation.housing.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import cn.bjrenovation.common.v1.AuditRecord;
import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.platform.envelope.AuditRecorded;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.fuzz.EventFuzz;
import cn.bjrenovation.platform.testing.fuzz.FuzzRun;
import cn.bjrenovation.platform.testing.fuzz.GrpcFuzz;
import cn.bjrenovation.platform.testing.fuzz.Oddities;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * housing-service's consumption of {@code audit.records}, fuzzed: garbage, tombstones, unknown types and versions,
 * payloads that do not parse, records with odd fields and envelopes with odd headers, good records among them.
 * The consumer must get past all of them; what can never be read goes to {@code audit.records.DLT} at once with its
 * reason and appends nothing; a readable record is appended or dead-lettered, never silently dropped; every good
 * record is appended; and the trail's hash chain still verifies. Retries 10 ms apart (as in every fuzz test of the
 * service, which share one context in their own test JVM), so retried records do not stretch the run.
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class AuditEventFuzzTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LocalHttp http;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	enum Expect {
		DEAD_LETTER, SKIPPED, APPENDED, APPENDED_OR_DEAD_LETTER, ANY
	}

	record Input(int index, String category, String key, byte[] value, Expect expect, String eventId) {

		String shown() {
			EventEnvelope envelope = EventFuzz.parsed(value);
			if (value == null) {
				return "#" + index + " [" + category + "] null value (tombstone)";
			}
			String payload;
			try {
				payload = envelope == null ? "" : AuditRecord.parseFrom(envelope.getPayload()).toString().replace("\n", "; ");
			}
			catch (InvalidProtocolBufferException ex) {
				payload = envelope.getPayload().size() + " bytes that do not parse";
			}
			return "#" + index + " [" + category + "] " + (envelope == null ? value.length + " bytes"
					: "envelope {" + envelope.toBuilder().clearPayload().build().toString().replace("\n", "; ")
							+ "} payload {" + payload + "}");
		}

	}

	@Test
	void eventPayloads() {
		FuzzRun run = FuzzRun.start("housing events (audit.records)");
		run.count("DLT records", 0);
		EventFuzz events = new EventFuzz();
		List<Input> inputs = new ArrayList<>();
		for (int i = 0; i < run.tries(); i++) {
			Input input = input(run.input(i), i, "fuzz-" + run.seed() + "-" + i);
			inputs.add(input);
			events.send(AuditRecorded.TOPIC, input.key(), input.value());
			run.count("inputs tried");
		}
		List<RecordMetadata> sent = events.flush();
		long sentAt = System.nanoTime();
		System.out.printf("FUZZ sent %d records%n", sent.size());
		events.close();
		if (!EventFuzz.awaitConsumed(group, sent, Duration.ofSeconds(Math.max(120, run.tries() / 15)))) {
			run.finding("consumer did not get past every record in time (blocked partition)", "all inputs", group);
		}
		System.out.printf("FUZZ consumed in %.1f s%n", (System.nanoTime() - sentAt) / 1e9);
		Map<String, ConsumerRecord<String, byte[]>> dead = EventFuzz.deadLettersByKey(AuditRecorded.TOPIC, group);
		Set<String> appended = new HashSet<>(jdbc.sql("SELECT record_id FROM audit_record").query(String.class).list());
		var committed = EventFuzz.committed(group);
		for (Input input : inputs) {
			if (!EventFuzz.consumed(committed, sent.get(input.index()))) {
				run.count("inputs not consumed in time (not judged)");
				continue;
			}
			ConsumerRecord<String, byte[]> letter = dead.get(input.key());
			boolean wrote = input.eventId() != null && appended.contains(input.eventId());
			if (letter != null) {
				run.count("DLT records");
				String cause = EventFuzz.header(letter, EventFuzz.CAUSE_FQCN);
				String message = EventFuzz.header(letter, EventFuzz.EXCEPTION_MESSAGE);
				if (message == null || message.isBlank()) {
					run.finding("dead letter without the reason in its headers [" + input.category() + "]", input.shown(), "");
				}
				if (!MalformedEventException.class.getName().equals(cause)) {
					run.finding("dead-lettered as " + cause + ", not as a malformed event" + " [" + input.category() + "]",
							input.shown(), message);
				}
				if (wrote) {
					run.finding("dead-lettered but appended [" + input.category() + "]", input.shown(), message);
				}
			}
			switch (input.expect()) {
				case DEAD_LETTER -> {
					if (letter == null) {
						run.finding("not dead-lettered [" + input.category() + "]", input.shown(), wrote ? "appended" : "dropped");
					}
				}
				case SKIPPED -> {
					if (letter != null || wrote) {
						run.finding("unknown type not skipped", input.shown(), letter != null ? "dead-lettered" : "appended");
					}
				}
				case APPENDED -> {
					if (!wrote) {
						run.count("good events not appended");
						run.finding("good record not appended" + (letter != null ? " (dead-lettered)" : ""), input.shown(),
								letter != null ? EventFuzz.header(letter, EventFuzz.EXCEPTION_MESSAGE) : "");
					}
				}
				case APPENDED_OR_DEAD_LETTER -> {
					if (letter == null && !wrote) {
						run.finding("readable record silently dropped [" + input.category() + "]", input.shown(), "");
					}
				}
				case ANY -> {
				}
			}
		}
		JsonNode verification = http.get(HousingFuzzSetup.HOUSING, "/api/housing/audit-records/verification").getBody();
		if (verification == null || !verification.path("intact").asBoolean(false)) {
			run.finding("audit trail no longer verifies", "all inputs", String.valueOf(verification));
		}
		run.finish();
	}

	private static Input input(SplittableRandom r, int i, String key) {
		String eventId = UUID.randomUUID().toString();
		int kind = r.nextInt(20);
		if (kind < 2) {
			byte[] garbage = EventFuzz.garbage(r);
			return new Input(i, "garbage bytes", key, garbage,
					EventFuzz.parsed(garbage) == null ? Expect.DEAD_LETTER : Expect.ANY, null);
		}
		if (kind == 2) {
			return new Input(i, "tombstone", key, null, Expect.DEAD_LETTER, null);
		}
		if (kind < 5) {
			String type = r.nextBoolean() ? "AuditErased" : GrpcFuzz.text(r) + "Event";
			// an unknown name is skipped; a "name" holding control characters or too long for one is malformed
			boolean plainName = EventEnvelopes.isName(type);
			return new Input(i, plainName ? "unknown type" : "malformed type", key,
					EventFuzz.envelope(eventId, type, 1, key, record(r).toByteString()).toByteArray(),
					plainName ? Expect.SKIPPED : Expect.DEAD_LETTER, eventId);
		}
		if (kind < 7) {
			return new Input(i, "unknown schema version", key, EventFuzz.envelope(eventId, AuditRecorded.TYPE,
					Oddities.pick(r, new Integer[] { 0, 2, -1, Integer.MAX_VALUE }), key, record(r).toByteString())
				.toByteArray(), Expect.DEAD_LETTER, eventId);
		}
		if (kind < 9) {
			ByteString garbage = ByteString.copyFrom(EventFuzz.garbage(r));
			Expect expect;
			try {
				AuditRecord.parseFrom(garbage);
				expect = Expect.ANY;
			}
			catch (InvalidProtocolBufferException ex) {
				expect = Expect.DEAD_LETTER;
			}
			return new Input(i, "payload garbage", key,
					EventFuzz.envelope(eventId, AuditRecorded.TYPE, 1, key, garbage).toByteArray(), expect, eventId);
		}
		if (kind < 14) {
			AuditRecord.Builder odd = record(r).toBuilder();
			for (int n = 1 + r.nextInt(3); n > 0; n--) {
				switch (r.nextInt(9)) {
					case 0 -> odd.setSource(GrpcFuzz.text(r));
					case 1 -> odd.setKind(GrpcFuzz.text(r));
					case 2 -> odd.setSubject(GrpcFuzz.text(r));
					case 3 -> odd.setRole(GrpcFuzz.text(r));
					case 4 -> odd.setScope(GrpcFuzz.text(r));
					case 5 -> odd.setOperation(GrpcFuzz.text(r));
					case 6 -> odd.setTarget(GrpcFuzz.text(r));
					case 7 -> odd.setOutcome(GrpcFuzz.text(r));
					default -> {
						if (r.nextBoolean()) {
							odd.clearAt();
						}
						else {
							odd.setAt(Timestamp.newBuilder().setSeconds(r.nextLong()).setNanos(r.nextInt()));
						}
					}
				}
			}
			return new Input(i, "odd record fields", key,
					EventFuzz.envelope(eventId, AuditRecorded.TYPE, 1, key, odd.build().toByteString()).toByteArray(),
					Expect.APPENDED_OR_DEAD_LETTER, eventId);
		}
		if (kind < 16) {
			EventEnvelope envelope = EventFuzz.oddHeaders(r,
					EventFuzz.envelope(eventId, AuditRecorded.TYPE, 1, key, record(r).toByteString()));
			return new Input(i, "odd envelope headers", key, envelope.toByteArray(), Expect.APPENDED_OR_DEAD_LETTER,
					envelope.getEventId());
		}
		return new Input(i, "good record", key,
				EventFuzz.envelope(eventId, AuditRecorded.TYPE, 1, key, record(r).toByteString()).toByteArray(),
				Expect.APPENDED, eventId);
	}

	private static AuditRecord record(SplittableRandom r) {
		java.time.Instant now = java.time.Instant.now();
		return AuditRecord.newBuilder()
			.setSource("gateway")
			.setKind("CALL")
			.setAt(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
			.setSubject("fuzz-" + r.nextInt(1000))
			.setRole("HOUSING")
			.setScope("city")
			.setOperation("housing.community.read")
			.setTarget("/api/housing/communities")
			.setOutcome("ALLOWED")
			.build();
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
