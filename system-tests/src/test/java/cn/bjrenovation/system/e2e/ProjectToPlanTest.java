package cn.bjrenovation.system.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectPlanned;
import cn.bjrenovation.housing.v1.ProjectStatus;
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
 * One renovation project from the residents' application to a year's plan, end to end through the gateway with the
 * whole suite running — each step only by the role that holds it, the fiscal-capacity check asked of the real
 * finance-service over gRPC — and its facts on {@code housing.project} in order, as planning, finance and pipeline
 * will read them.
 */
class ProjectToPlanTest {

	private static final String JINSONG = "110105017";

	@Test
	void aProjectGoesFromApplicationToPlannedAndItsFactsAreOnKafkaInOrder() throws Exception {
		SuiteClient gateway = RunningSuite.gateway();
		String housing = RunningSuite.token("HOUSING");
		Answer registered = gateway.post("/api/housing/communities", housing,
				SurveyedCommunity.inJinsong(SurveyedCommunity.uniqueName("计划端到端"))
					.jsonReadyForThePool("PROPERTY_MANAGEMENT_COMMITTEE"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String community = registered.text("$.id");
		String organisation = RunningSuite.token("COMMUNITY_ORG", "community", community);
		String application = """
				{"communityId":"%s","items":[{"code":"WATER_SUPPLY"},{"code":"SEISMIC_REINFORCEMENT"}],\
				"consent":{"owners":120,"ownersAgreeing":100,"area":8000.0,"areaAgreeing":6900.0},\
				"obligationsAccepted":true,"note":"端到端"}""".formatted(community);
		assertThat(gateway.post("/api/housing/projects", RunningSuite.token("STREET", "street", JINSONG), application)
			.status()).isEqualTo(403);
		Answer applied = gateway.post("/api/housing/projects", organisation, application);
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		String project = applied.text("$.id");

		assertThat(decide(gateway, RunningSuite.token("DISTRICT", "district", "110105"), project, "street-review", "ACCEPT")
			.status()).isEqualTo(403);
		assertThat(decide(gateway, RunningSuite.token("STREET", "street", JINSONG), project, "street-review", "ACCEPT")
			.status()).isEqualTo(200);
		assertThat(decide(gateway, RunningSuite.token("DISTRICT", "district", "110105"), project, "district-review",
				"ACCEPT").status()).isEqualTo(200);
		assertThat(decide(gateway, housing, project, "municipal-decision", "APPROVE").text("$.status"))
			.isEqualTo("RESERVED");

		int year = ThreadLocalRandom.current().nextInt(2080, 2100);
		String plan = """
				{"year":%d,"projectIds":["%s"]}""".formatted(year, project);
		Answer unfunded = gateway.post("/api/housing/annual-plans", housing, plan);
		assertThat(unfunded.status()).as(unfunded.body()).isEqualTo(409);
		assertThat(unfunded.text("$.detail")).contains("within-fiscal-capacity", "财政承受能力");
		Answer line = gateway.post("/api/finance/budget-lines", RunningSuite.token("FINANCE"), """
				{"fiscalYear":%d,"source":"MUNICIPAL_BUDGET","amountFen":100000000000,"description":"端到端"}"""
			.formatted(year));
		assertThat(line.status()).as(line.body()).isEqualTo(201);
		assertThat(gateway.post("/api/housing/annual-plans", RunningSuite.token("DISTRICT", "district", "110105"), plan)
			.status()).isEqualTo(403);
		Answer compiled = gateway.post("/api/housing/annual-plans", housing, plan);
		assertThat(compiled.status()).as(compiled.body()).isEqualTo(201);
		assertThat(gateway.get("/api/housing/projects/" + project, organisation).text("$.status")).isEqualTo("PLANNED");

		List<EventEnvelope> facts = factsOf(project, 5);
		assertThat(facts).extracting(EventEnvelope::getType)
			.containsExactly("ProjectApplied", "ProjectAccepted", "ProjectAccepted", "ProjectReserved", "ProjectPlanned");
		ProjectPlanned planned = ProjectPlanned.parseFrom(facts.get(4).getPayload());
		assertThat(planned.getYear()).isEqualTo(year);
		assertThat(planned.getProject().getStatus()).isEqualTo(ProjectStatus.PLANNED);
		assertThat(planned.getTransition().getRole()).isEqualTo("HOUSING");
	}

	private static Answer decide(SuiteClient gateway, String token, String project, String step, String decision) {
		return gateway.post("/api/housing/projects/" + project + "/" + step, token, """
				{"decision":"%s","reasons":[]}""".formatted(decision));
	}

	/** The project's facts on housing.project, read from the suite's broker from the beginning. */
	private static List<EventEnvelope> factsOf(String project, int count) {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				"127.0.0.1:" + RunningSuite.get().layout().kafkaPort());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-plan-" + UUID.randomUUID());
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<EventEnvelope> facts = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(ProjectFacts.TOPIC));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (project.equals(record.key())) {
						facts.add(EventEnvelope.parseFrom(record.value()));
					}
				}
				return facts.size() >= count;
			});
		}
		return facts;
	}

}
