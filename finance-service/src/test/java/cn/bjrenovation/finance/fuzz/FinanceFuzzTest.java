package cn.bjrenovation.finance.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import cn.bjrenovation.platform.testing.fuzz.FuzzRun;
import cn.bjrenovation.platform.testing.fuzz.GrpcFuzz;
import cn.bjrenovation.platform.testing.fuzz.Oddities;
import cn.bjrenovation.platform.testing.fuzz.RawHttp;
import cn.bjrenovation.platform.testing.fuzz.RestFuzz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * finance-service's REST operations (budget lines, fiscal capacity) and its gRPC method, with odd bodies, path
 * variables and field values, as FINANCE: no 5xx or INTERNAL/UNKNOWN, refusals that name the field, nothing
 * written for a refused request. {@code -Dfuzz.seed=... -Dfuzz.tries=...} replays and scales it.
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class FinanceFuzzTest {

	private static final String FINANCE = TestInfrastructure.token("FINANCE");

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void restBodiesAndParameters() {
		FuzzRun run = FuzzRun.start("finance REST");
		RestFuzz.run(run, new RawHttp(port), List.of(
				new RestFuzz.Operation("finance.budget-line.add", FINANCE,
						r -> RestFuzz.json(r, "POST", "/api/finance/budget-lines", Oddities.jsonBody(r, budgetLine(r)))),
				new RestFuzz.Operation("finance.fiscal-capacity.read", FINANCE,
						r -> RestFuzz.get("/api/finance/fiscal-capacity/" + Oddities.pathSegment(r, List.of("2025", "2026"))
								+ Oddities.query(r)))),
				jdbc, List.of("budget_line"));
		run.finish();
	}

	@Test
	void grpcRequests() {
		FiscalCapacityServiceGrpc.FiscalCapacityServiceBlockingStub stub = FiscalCapacityServiceGrpc
			.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(FINANCE));
		FuzzRun run = FuzzRun.start("finance gRPC");
		GrpcFuzz.run(run, List.of(new GrpcFuzz.Method<>("FiscalCapacityService/GetFiscalCapacity",
				r -> GetFiscalCapacityRequest.newBuilder().setYear(GrpcFuzz.integer(r)).build(), stub::getFiscalCapacity)));
		run.finish();
	}

	private static Map<String, String> budgetLine(java.util.SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("fiscalYear", String.valueOf(2021 + r.nextInt(5)));
		body.put("source", Oddities.quote(Oddities.pick(r, new String[] { "CENTRAL_SUBSIDY", "MUNICIPAL_BUDGET", "DISTRICT_BUDGET", "GOVERNMENT_BOND" })));
		body.put("amountFen", String.valueOf(1 + r.nextInt(1_000_000)));
		body.put("description", Oddities.quote("老旧小区改造补助"));
		return body;
	}

}
