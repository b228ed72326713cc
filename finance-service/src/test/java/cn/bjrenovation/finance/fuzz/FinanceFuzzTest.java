package cn.bjrenovation.finance.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.FundingServiceGrpc;
import cn.bjrenovation.finance.v1.GetBudgetLineRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFundingPlanRequest;
import cn.bjrenovation.finance.v1.GetLedgerBalanceRequest;
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
								+ Oddities.query(r))),
				new RestFuzz.Operation("finance.budget-line.read", FINANCE,
						r -> RestFuzz.get("/api/finance/budget-lines/" + Oddities.pathSegment(r, List.of(UUID.randomUUID().toString())))),
				new RestFuzz.Operation("finance.cost-sharing-rule.define", FINANCE,
						r -> RestFuzz.json(r, "POST", "/api/finance/cost-sharing-rules", Oddities.jsonBody(r, rule()))),
				new RestFuzz.Operation("finance.cost-sharing-rule.list", FINANCE,
						r -> RestFuzz.get("/api/finance/cost-sharing-rules" + Oddities.query(r))),
				new RestFuzz.Operation("finance.funding-plan.read", FINANCE,
						r -> RestFuzz.get("/api/finance/funding-plans/" + Oddities.pathSegment(r, List.of(UUID.randomUUID().toString())))),
				new RestFuzz.Operation("finance.funding-plan.commit", FINANCE,
						r -> RestFuzz.json(r, "POST", "/api/finance/funding-plans/"
								+ Oddities.pathSegment(r, List.of(UUID.randomUUID().toString())) + "/commitment",
								Oddities.jsonBody(r, new LinkedHashMap<>()))),
				new RestFuzz.Operation("finance.tranche.disburse", FINANCE,
						r -> RestFuzz.json(r, "POST", "/api/finance/funding-plans/"
								+ Oddities.pathSegment(r, List.of(UUID.randomUUID().toString())) + "/disbursements",
								Oddities.jsonBody(r, tranche(r)))),
				new RestFuzz.Operation("finance.funding-plan.list", FINANCE,
						r -> RestFuzz.get("/api/finance/funding-plans" + Oddities.query(r))),
				new RestFuzz.Operation("finance.social-capital-agreement.list", FINANCE,
						r -> RestFuzz.get("/api/finance/social-capital-agreements" + Oddities.query(r))),
				new RestFuzz.Operation("finance.disbursement-exception.list", FINANCE,
						r -> RestFuzz.get("/api/finance/disbursement-exceptions" + Oddities.query(r))),
				new RestFuzz.Operation("finance.ledger.balance-check", FINANCE,
						r -> RestFuzz.get("/api/finance/ledger/balance-check" + Oddities.query(r))),
				new RestFuzz.Operation("finance.maintenance-fund.raise", TestInfrastructure.token("HPF"),
						r -> RestFuzz.json(r, "POST", "/api/finance/maintenance-funds/"
								+ Oddities.pathSegment(r, List.of(UUID.randomUUID().toString())) + "/raisings",
								Oddities.jsonBody(r, raising()))),
				new RestFuzz.Operation("finance.social-capital-agreement.record", TestInfrastructure.token("DRC"),
						r -> RestFuzz.json(r, "POST", "/api/finance/social-capital-agreements",
								Oddities.jsonBody(r, agreement())))),
				jdbc, List.of("budget_line", "cost_sharing_rule", "tranche", "maintenance_fund_movement",
						"social_capital_agreement"));
		run.finish();
	}

	@Test
	void grpcRequests() {
		FiscalCapacityServiceGrpc.FiscalCapacityServiceBlockingStub stub = FiscalCapacityServiceGrpc
			.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(FINANCE));
		FuzzRun run = FuzzRun.start("finance gRPC");
		FundingServiceGrpc.FundingServiceBlockingStub funding = FundingServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(FINANCE));
		GrpcFuzz.run(run, List.of(new GrpcFuzz.Method<>("FiscalCapacityService/GetFiscalCapacity",
				r -> GetFiscalCapacityRequest.newBuilder().setYear(GrpcFuzz.integer(r)).build(), stub::getFiscalCapacity),
				new GrpcFuzz.Method<>("FundingService/GetFundingPlan",
						r -> GetFundingPlanRequest.newBuilder().setProjectId(GrpcFuzz.text(r, UUID.randomUUID().toString())).build(), funding::getFundingPlan),
				new GrpcFuzz.Method<>("FundingService/GetBudgetLine",
						r -> GetBudgetLineRequest.newBuilder().setBudgetLineId(GrpcFuzz.text(r, UUID.randomUUID().toString())).build(), funding::getBudgetLine),
				new GrpcFuzz.Method<>("FundingService/GetLedgerBalance",
						r -> GetLedgerBalanceRequest.getDefaultInstance(), funding::getLedgerBalance)));
		run.finish();
	}

	private static Map<String, String> rule() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("effectiveFrom", Oddities.quote("2095-01-01"));
		body.put("note", Oddities.quote("模糊测试"));
		body.put("shares", "{\"BASIC\":{\"MUNICIPAL_BUDGET\":10000},\"COMPLETE\":{\"MUNICIPAL_BUDGET\":10000},"
				+ "\"UPGRADE\":{\"SOCIAL_CAPITAL\":10000},\"PIPELINE\":{\"PIPELINE_OPERATORS\":10000}}");
		return body;
	}

	private static Map<String, String> tranche(java.util.SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("milestone", Oddities.quote(Oddities.pick(r, new String[] { "CONSTRUCTION_START", "COMPLETION", "JOINT_ACCEPTANCE" })));
		body.put("sourceEventId", Oddities.quote("fuzz-" + r.nextInt(1000)));
		body.put("evidence", Oddities.quote("开工令"));
		body.put("amountFen", String.valueOf(1 + r.nextInt(1_000_000)));
		return body;
	}

	private static Map<String, String> raising() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("districtCode", Oddities.quote("110105"));
		body.put("amountFen", "100");
		body.put("vote", "{\"ownersTotal\":100,\"areaTotalM2\":8000,\"ownersVoting\":90,\"areaVotingM2\":7500,"
				+ "\"ownersInFavour\":80,\"areaInFavourM2\":7000,\"votedOn\":\"2026-05-20\",\"reference\":\"x\"}");
		return body;
	}

	private static Map<String, String> agreement() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("projectId", Oddities.quote(UUID.randomUUID().toString()));
		body.put("party", Oddities.quote("愿景集团"));
		body.put("items", "[\"ELDERLY_CARE\"]");
		body.put("amountFen", "100000");
		body.put("terms", Oddities.quote("微利可持续"));
		body.put("termYears", "20");
		body.put("returnCapBasisPoints", "500");
		return body;
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
