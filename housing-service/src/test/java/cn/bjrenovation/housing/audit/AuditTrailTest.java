package cn.bjrenovation.housing.audit;

import java.time.Duration;
import java.util.Map;

import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The hash-chained audit trail: fed through the outbox and Kafka, read by the joint-conference office. */
@ServiceTest
class AuditTrailTest {

	private static final String CHAOYANG = "110105";

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LocalHttp http;

	@Test
	void registrationIsRecordedWithWhoWhatWhenAndTheCommissionCanReadIt() {
		String id = register("劲松南社区");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			var found = http.get(TestInfrastructure.token("HOUSING"),
					"/api/housing/audit-records?operation={operation}&limit=500", "housing.community.register");
			assertThat(found.getStatusCode().value()).isEqualTo(200);
			assertThat(found.getBody().findValuesAsString("target")).contains(id);
		});
		Map<String, Object> record = jdbc.sql("SELECT source, kind, subject, role, scope, outcome FROM audit_record WHERE target = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(record).containsEntry("source", "housing-service")
			.containsEntry("kind", "change")
			.containsEntry("subject", "dev-district")
			.containsEntry("role", "DISTRICT")
			.containsEntry("scope", "district=" + CHAOYANG);
		assertThat((String) record.get("outcome")).contains("劲松南社区");
	}

	@Test
	void theActsOfOneCallAreFoundByItsTrace() {
		byte[] random = new byte[16];
		java.util.concurrent.ThreadLocalRandom.current().nextBytes(random);
		String trace = java.util.HexFormat.of().formatHex(random);
		String id = RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/housing/communities")
			.header("Authorization", "Bearer " + TestInfrastructure.token("DISTRICT", "district", CHAOYANG))
			.header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
			.contentType(MediaType.APPLICATION_JSON)
			.body(cn.bjrenovation.housing.community.Surveys.community("劲松西社区", CHAOYANG, "110105017", 1981))
			.retrieve()
			.body(JsonNode.class)
			.get("id")
			.asString();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode found = http.get(TestInfrastructure.token("HOUSING"), "/api/housing/audit-records?trace={trace}", trace)
				.getBody();
			assertThat(found.findValuesAsString("target")).containsExactly(id);
			assertThat(found.findValuesAsString("trace")).containsExactly(trace);
		});
	}

	@Test
	void aTraceThatIsNoTraceIdIsRefused() {
		var refused = http.get(TestInfrastructure.token("HOUSING"), "/api/housing/audit-records?trace=not-a-trace");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().toString()).contains("trace");
	}

	@Test
	void onlyTheJointConferenceOfficeReadsTheTrail() {
		assertThat(http.get(TestInfrastructure.token("DISTRICT", "district", CHAOYANG), "/api/housing/audit-records")
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteARecord() {
		awaitRecords(1);

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET outcome = 'nothing happened'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record").update()).hasMessageContaining("append-only");
	}

	@Test
	void anEditedRecordIsDetectedAndNamed() {
		awaitRecords(3);
		assertThat(verification()).containsEntry("intact", true);
		long victim = secondPosition();
		String original = jdbc.sql("SELECT outcome FROM audit_record WHERE position = :p").param("p", victim)
			.query(String.class).single();

		bypassingTheTrigger("UPDATE audit_record SET outcome = 'nothing happened' WHERE position = " + victim);
		try {
			Map<String, Object> verification = verification();
			assertThat(verification).containsEntry("intact", false);
			assertThat(((Number) verification.get("firstBroken")).longValue()).isEqualTo(victim);
			assertThat((String) verification.get("reason")).contains("edited");
		}
		finally {
			bypassingTheTrigger("UPDATE audit_record SET outcome = '" + original.replace("'", "''")
					+ "' WHERE position = " + victim);
		}
		assertThat(verification()).containsEntry("intact", true);
	}

	@Test
	void aDeletedRecordIsDetectedAtTheLinkAfterIt() {
		awaitRecords(3);
		long victim = secondPosition();
		Map<String, Object> row = jdbc.sql("SELECT * FROM audit_record WHERE position = :p").param("p", victim)
			.query().singleRow();
		long next = jdbc.sql("SELECT min(position) FROM audit_record WHERE position > :p").param("p", victim)
			.query(Long.class).single();

		bypassingTheTrigger("DELETE FROM audit_record WHERE position = " + victim);
		try {
			Map<String, Object> verification = verification();
			assertThat(verification).containsEntry("intact", false);
			assertThat(((Number) verification.get("firstBroken")).longValue()).isEqualTo(next);
			assertThat((String) verification.get("reason")).contains("removed");
		}
		finally {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("SET LOCAL session_replication_role = replica").update();
				jdbc.sql("INSERT INTO audit_record (position, record_id, at, source, kind, subject, role, scope, "
						+ "operation, target, outcome, trace, previous_hash, hash) VALUES (:position, :record_id, :at, "
						+ ":source, :kind, :subject, :role, :scope, :operation, :target, :outcome, :trace, :previous_hash, "
						+ ":hash)")
					.params(row)
					.update();
			});
		}
		assertThat(verification()).containsEntry("intact", true);
	}

	private String register(String name) {
		return http.post(TestInfrastructure.token("DISTRICT", "district", CHAOYANG),
				cn.bjrenovation.housing.community.Surveys.community(name, CHAOYANG, "110105017", 1979),
				"/api/housing/communities")
			.getBody()
			.get("id")
			.asString();
	}

	private void awaitRecords(int count) {
		while (records() < count) {
			register("审计小区" + records());
			await().atMost(Duration.ofSeconds(30)).until(() -> records() > 0);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> records() >= count);
	}

	private long records() {
		return jdbc.sql("SELECT count(*) FROM audit_record").query(Long.class).single();
	}

	private long secondPosition() {
		return jdbc.sql("SELECT position FROM audit_record ORDER BY position OFFSET 1 LIMIT 1").query(Long.class).single();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> verification() {
		var answer = http.get(TestInfrastructure.token("HOUSING"), "/api/housing/audit-records/verification");
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		return new tools.jackson.databind.ObjectMapper().convertValue(answer.getBody(), Map.class);
	}

	/** What an intruder with database rights would do: switch the triggers off for one transaction. */
	private void bypassingTheTrigger(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			jdbc.sql(sql).update();
		});
	}

}
