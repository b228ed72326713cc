package cn.bjrenovation.system.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.localstack.RenovationWalk;
import cn.bjrenovation.localstack.Tokens;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.system.e2e.SuiteClient.Answer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 劲松北社区 from the residents' application to long-term management, through the gateway with the right role at every
 * step, across the four services over real Kafka and gRPC — the same {@link RenovationWalk} as {@code ./suite demo
 * jinsong}. At the end the ledger balances, each project fact was published and applied once, and the audit trail holds
 * the walk's calls and every department's changes in one chain that verifies.
 */
class ProjectWholeLifeTest {

	private static final List<String> LIFE = List.of("APPLY", "STREET_ACCEPT", "DISTRICT_ACCEPT", "MUNICIPAL_APPROVE",
			"PLAN", "START_CONSTRUCTION", "COMPLETE_CONSTRUCTION", "PASS_ACCEPTANCE", "START_LONG_TERM_MANAGEMENT");

	@Test
	void jinsongNorthGoesFromApplicationToLongTermManagementAndTheBooksAndTheTrailHold() throws Exception {
		SuiteClient gateway = RunningSuite.gateway();
		String housing = RunningSuite.token("HOUSING");
		Answer registered = gateway.post("/api/housing/communities", housing,
				SurveyedCommunity.inJinsong("劲松北社区")
					.jsonReadyForThePool("PROPERTY_MANAGEMENT_COMMITTEE"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String community = registered.text("$.id");
		String run = UUID.randomUUID().toString().substring(0, 8);
		Set<String> subjects = new HashSet<>();
		Tokens officials = (role, claims) -> {
			Map<String, String> asClaims = new LinkedHashMap<>();
			asClaims.put(Caller.ROLE, role);
			for (int i = 0; i + 1 < claims.length; i += 2) {
				asClaims.put(claims[i], claims[i + 1]);
			}
			String subject = "life-" + run + "-" + role.toLowerCase();
			subjects.add(subject);
			return RunningSuite.get().issuer().mint(subject, asClaims);
		};
		RenovationWalk walk = new RenovationWalk(RunningSuite.get().gatewayUrl(), officials, System.out);
		int year = ThreadLocalRandom.current().nextInt(2060, 2080);

		String project = walk.applyFor(community);
		RenovationWalk.Outcome outcome = walk.walk(project, "LONG_TERM_MANAGED", year);

		assertThat(outcome.status()).isEqualTo("LONG_TERM_MANAGED");
		Answer read = gateway.get("/api/housing/projects/" + project, housing);
		assertThat(read.json().<List<String>>read("$.history[*].action")).containsExactlyElementsOf(LIFE);
		assertThat(read.json().<List<String>>read("$.history[*].role")).containsExactly("COMMUNITY_ORG", "STREET", "DISTRICT",
				"HOUSING", "HOUSING", "DISTRICT", "DISTRICT", read.json().<String>read("$.history[7].role"),
				read.json().<String>read("$.history[8].role"));

		assertThat(factsOnce(project)).as("each project fact published once, in order")
			.containsExactly(ProjectFacts.PROJECT_APPLIED, ProjectFacts.PROJECT_ACCEPTED, ProjectFacts.PROJECT_ACCEPTED,
					ProjectFacts.PROJECT_RESERVED, ProjectFacts.PROJECT_PLANNED, ProjectFacts.CONSTRUCTION_STARTED,
					ProjectFacts.CONSTRUCTION_COMPLETED, ProjectFacts.JOINT_ACCEPTANCE_PASSED,
					ProjectFacts.LONG_TERM_MANAGEMENT_STARTED);

		String finance = RunningSuite.token("FINANCE");
		Answer funding = gateway.get("/api/finance/funding-plans/" + project, finance);
		assertThat(funding.json().<List<String>>read("$.tranches[*].milestone")).as("each milestone paid once")
			.containsExactly("CONSTRUCTION_START", "COMPLETION", "JOINT_ACCEPTANCE");
		assertThat(funding.json().<Number>read("$.disbursedFen").longValue())
			.isEqualTo(funding.json().<Number>read("$.committedFen").longValue());
		Answer books = gateway.get("/api/finance/ledger/balance-check", finance);
		assertThat(books.json().<Boolean>read("$.balanced")).as(books.body()).isTrue();

		String agreement = walk.recordJinsongModelAgreement(project);
		Answer jinsongModel = gateway.get("/api/finance/social-capital-agreements/" + agreement, RunningSuite.token("DRC"));
		assertThat(jinsongModel.json().<List<Number>>read("$.taxRelief[?(@.service == 'ELDERLY_CARE')].incomeCountedFen"))
			.as("elderly care's income counted at 90 %% for enterprise income tax (§三(七))")
			.containsExactly(720_000_00);

		Answer networks = gateway.get("/api/pipeline/plans/" + project, RunningSuite.token("CITY_MGMT"));
		assertThat(networks.text("$.status")).isEqualTo("HANDED_OVER");

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Set<String> sources = new HashSet<>();
			int calls = 0;
			for (String subject : subjects) {
				Answer trail = gateway.get("/api/housing/audit-records?limit=500&subject=" + subject, housing);
				assertThat(trail.status()).as(trail.body()).isEqualTo(200);
				sources.addAll(trail.json().<List<String>>read("$[*].source"));
				calls += trail.json().<List<String>>read("$[?(@.source == 'gateway')].recordId").size();
			}
			assertThat(sources).as("changes of every department, and the gateway's calls")
				.contains("gateway", "housing-service", "finance-service", "planning-service", "pipeline-service");
			assertThat(calls).as("a call record for each call the walk made").isGreaterThanOrEqualTo(outcome.calls());
		});
		Answer verified = gateway.get("/api/housing/audit-records/verification", housing);
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		assertThat(verified.json().<Boolean>read("$.intact")).as(verified.body()).isTrue();
	}

	/** The types of the project's facts on housing.project, each event id once (a re-sent copy is a duplicate). */
	private static List<String> factsOnce(String project) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + RunningSuite.get().layout().kafkaPort());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-whole-life-" + UUID.randomUUID());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<String> types = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(ProjectFacts.TOPIC));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (types.size() < LIFE.size() && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (project.equals(record.key())) {
						EventEnvelope envelope = parse(record.value());
						if (seen.add(envelope.getEventId())) {
							types.add(envelope.getType());
						}
					}
				}
			}
		}
		return types;
	}

	private static EventEnvelope parse(byte[] value) {
		try {
			return EventEnvelope.parseFrom(value);
		}
		catch (com.google.protobuf.InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
