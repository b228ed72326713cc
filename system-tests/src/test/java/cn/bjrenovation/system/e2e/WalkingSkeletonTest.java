package cn.bjrenovation.system.e2e;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.housing.v1.GetCommunityRequest;
import cn.bjrenovation.localstack.AuditVerification;
import cn.bjrenovation.platform.grpc.BearerCredentials;
import cn.bjrenovation.system.e2e.SuiteClient.Answer;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole suite as {@code ./suite up} runs it — real Kafka broker, PostgreSQL, dev issuer, the four
 * service jars and the gateway as separate processes — driven through the gateway and a gRPC socket.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonTest {

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	private static SuiteClient gateway;

	@BeforeAll
	static void connect() {
		gateway = RunningSuite.gateway();
	}

	@Test
	@Order(1)
	void registeredCommunityTravelsFromHousingToPlanningAndPipelineAndBackOverGrpc() {
		String name = SurveyedCommunity.uniqueName("劲松北社区");
		Answer registered = gateway.post("/api/housing/communities", token("DISTRICT", "district", CHAOYANG),
				SurveyedCommunity.inJinsong(name).json());
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String id = registered.text("$.id");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Answer inPlanning = gateway.get("/api/planning/communities/" + id, token("PLANNING"));
			assertThat(inPlanning.status()).as(inPlanning.body()).isEqualTo(200);
			assertThat(inPlanning.text("$.name")).isEqualTo(name);
		});
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Answer onStreet = gateway.get("/api/pipeline/streets/" + JINSONG + "/communities", token("CITY_MGMT"));
			assertThat(onStreet.status()).as(onStreet.body()).isEqualTo(200);
			assertThat(onStreet.body()).contains(id);
		});

		ManagedChannel channel = ManagedChannelBuilder
			.forAddress("127.0.0.1", RunningSuite.get().layout().departmentServices().get(0).grpcPort())
			.usePlaintext()
			.build();
		try {
			var community = CommunityServiceGrpc.newBlockingStub(channel)
				.withCallCredentials(BearerCredentials.of(token("PLANNING")))
				.withDeadlineAfter(5, java.util.concurrent.TimeUnit.SECONDS)
				.getCommunity(GetCommunityRequest.newBuilder().setCommunityId(id).build())
				.getCommunity();
			assertThat(community.getName()).isEqualTo(name);
			assertThat(community.getBuildYear()).isEqualTo(1978);
		}
		finally {
			channel.shutdownNow();
		}
	}

	@Test
	@Order(2)
	void financeBureauIsRefusedAtTheGatewayNamingTheDuty() {
		Answer refused = gateway.post("/api/housing/communities", token("FINANCE"),
				SurveyedCommunity.inJinsong(SurveyedCommunity.uniqueName("某小区")).json());

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text("$.operation")).isEqualTo("housing.community.register");
		assertThat(refused.text("$.detail")).contains("FINANCE");
	}

	@Test
	@Order(3)
	void callWithoutTokenIsUnauthorized() {
		assertThat(gateway.get("/api/housing/communities/" + UUID.randomUUID(), null).status()).isEqualTo(401);
	}

	@Test
	@Order(4)
	void housingChecksFiscalCapacityWithFinanceOverGrpc() {
		int year = ThreadLocalRandom.current().nextInt(2030, 2100);
		Answer added = gateway.post("/api/finance/budget-lines", token("FINANCE"), """
				{"fiscalYear":%d,"source":"MUNICIPAL_BUDGET","amountFen":123400000,"description":"市级补助"}"""
			.formatted(year));
		assertThat(added.status()).as(added.body()).isEqualTo(201);

		Answer capacity = gateway.get("/api/housing/annual-plans/" + year + "/fiscal-capacity", token("HOUSING"));

		assertThat(capacity.status()).as(capacity.body()).isEqualTo(200);
		assertThat(capacity.json().read("$.budgetedFen", Long.class)).isEqualTo(123400000L);
	}

	@Test
	@Order(5)
	void housingAnswersAClear503WhenFinanceIsDown() throws Exception {
		RunningSuite.get().stop("finance-service");
		try {

		Answer unavailable = gateway.get("/api/housing/annual-plans/2031/fiscal-capacity", token("HOUSING"));

		assertThat(unavailable.status()).as(unavailable.body()).isEqualTo(503);
		assertThat(unavailable.contentType()).startsWith("application/problem+json");
		assertThat(unavailable.text("$.upstream")).isEqualTo("finance");
		assertThat(unavailable.text("$.detail")).contains("finance is unavailable");
		}
		finally {
			RunningSuite.get().restart("finance-service");
		}
	}

	@Test
	@Order(6)
	void everyCallThroughTheGatewayAllowedOrRefusedIsInTheTrailAndTheChainHolds() throws Exception {
		String subject = "e2e-audited-" + UUID.randomUUID();
		String financeToken = RunningSuite.get().issuer().mint(subject, java.util.Map.of("role", "FINANCE"));
		assertThat(gateway.post("/api/housing/communities", financeToken, "{}").status()).isEqualTo(403);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Answer trail = gateway.get("/api/housing/audit-records?subject=" + subject, token("HOUSING"));
			assertThat(trail.status()).as(trail.body()).isEqualTo(200);
			assertThat(trail.json().read("$[0].source", String.class)).isEqualTo("gateway");
			assertThat(trail.json().read("$[0].kind", String.class)).isEqualTo("call");
			assertThat(trail.json().read("$[0].role", String.class)).isEqualTo("FINANCE");
			assertThat(trail.json().read("$[0].operation", String.class)).isEqualTo("housing.community.register");
			assertThat(trail.json().read("$[0].outcome", String.class)).startsWith("refused 403");
		});
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit = new AuditVerification(RunningSuite.get().gatewayUrl(), token("HOUSING"))
			.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Audit trail intact");
	}

	@Test
	@Order(6)
	void theGatewaysRecordOfACallAndTheServicesRecordOfItsChangeShareOneTrace() {
		String subject = "e2e-traced-" + UUID.randomUUID();
		String districtToken = RunningSuite.get()
			.issuer()
			.mint(subject, java.util.Map.of("role", "DISTRICT", "district", CHAOYANG));
		Answer registered = gateway.post("/api/housing/communities", districtToken,
				SurveyedCommunity.inJinsong(SurveyedCommunity.uniqueName("劲松中社区")).json());
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Answer trail = gateway.get("/api/housing/audit-records?subject=" + subject, token("HOUSING"));
			java.util.List<String> sources = trail.json().read("$[*].source");
			assertThat(sources).containsExactlyInAnyOrder("gateway", "housing-service");
			java.util.List<String> traces = trail.json().read("$[*].trace");
			assertThat(traces).doesNotContainNull().hasSize(2);
			assertThat(traces.get(0)).isEqualTo(traces.get(1));
			assertThat(gateway.get("/api/housing/audit-records?trace=" + traces.get(0), token("HOUSING"))
				.json()
				.<java.util.List<String>>read("$[*].subject")).containsOnly(subject);
		});
	}

	@Test
	@Order(7)
	void aCommunityRegisteredWhileKafkaIsDownStillReachesPlanningOnceKafkaIsBack() throws Exception {
		String[] id = new String[1];
		RunningSuite.get().withKafkaDown(() -> {
			Answer registered = gateway.post("/api/housing/communities", token("HOUSING"),
					SurveyedCommunity.inJinsong(SurveyedCommunity.uniqueName("团结湖社区")).json());
			assertThat(registered.status()).as(registered.body()).isEqualTo(201);
			id[0] = registered.text("$.id");
			// longer than the producer's delivery timeout (10 s): the first publication attempt fails for good
			await().pollDelay(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20)).untilAsserted(
					() -> assertThat(gateway.get("/api/planning/communities/" + id[0], token("PLANNING")).status())
						.isEqualTo(404));
		});

		// the outbox re-sends what could not be published (after renovation.events.resubmit-after, 30 s)
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			Answer inPlanning = gateway.get("/api/planning/communities/" + id[0], token("PLANNING"));
			assertThat(inPlanning.status()).as(inPlanning.body()).isEqualTo(200);
		});
	}

	private static String token(String role, String... scope) {
		return RunningSuite.token(role, scope);
	}

}
