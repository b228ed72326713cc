package cn.bjrenovation.finance.budget;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityResponse;
import cn.bjrenovation.platform.testing.GrpcRefusals;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.rpc.BadRequest;
import com.nimbusds.jwt.SignedJWT;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceTest
class FiscalCapacityTest {

	/** Each test takes a year no other test uses, since all share one database for the life of the JVM. */
	private static final Iterator<Integer> UNUSED_YEARS = shuffledYears();

	@Autowired
	LocalHttp http;

	@Autowired
	LocalGrpc grpc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void financeBureauAddsTwoLinesAndTheYearsCapacityIsTheirSum() throws ParseException {
		int year = unusedYear();
		String finance = TestInfrastructure.token("FINANCE");

		ResponseEntity<JsonNode> first = addLine(finance,
				line(year, "MUNICIPAL_BUDGET", 120_000_000_00L, "市级财政老旧小区综合整治资金"));
		ResponseEntity<JsonNode> second = addLine(finance,
				line(year, "GOVERNMENT_BOND", 30_000_000_00L, "专项债券"));

		assertThat(first.getStatusCode().value()).isEqualTo(201);
		String id = first.getBody().get("id").asString();
		assertThat(first.getHeaders().getLocation()).hasToString("/api/finance/budget-lines/" + id);
		assertThat(first.getBody().get("committedFen").asLong()).isZero();
		assertThat(first.getBody().get("addedBy").asString()).isEqualTo(subjectOf(finance));
		assertThat(second.getStatusCode().value()).isEqualTo(201);

		JsonNode capacity = fiscalCapacity(TestInfrastructure.token("FINANCE"), year).getBody();
		assertThat(capacity.get("year").asInt()).isEqualTo(year);
		assertThat(capacity.get("budgetedFen").asLong()).isEqualTo(150_000_000_00L);
		assertThat(capacity.get("availableFen").asLong()).isEqualTo(150_000_000_00L);
		assertThat(capacity.get("budgetLines").asInt()).isEqualTo(2);
	}

	@Test
	void housingGetsTheSameFiguresOverGrpc() {
		int year = unusedYear();
		addLine(TestInfrastructure.token("FINANCE"), line(year, "DISTRICT_BUDGET", 5_000_000_00L, "朝阳区配套资金"));
		addLine(TestInfrastructure.token("FINANCE"), line(year, "CENTRAL_SUBSIDY", 7_500_000_00L, "中央补助资金"));
		JsonNode overRest = fiscalCapacity(TestInfrastructure.token("HOUSING"), year).getBody();

		GetFiscalCapacityResponse overGrpc = fiscalCapacities(TestInfrastructure.token("HOUSING"))
			.getFiscalCapacity(GetFiscalCapacityRequest.newBuilder().setYear(year).build());

		assertThat(overGrpc.getYear()).isEqualTo(year);
		assertThat(overGrpc.getBudgetedFen()).isEqualTo(12_500_000_00L).isEqualTo(overRest.get("budgetedFen").asLong());
		assertThat(overGrpc.getAvailableFen()).isEqualTo(12_500_000_00L).isEqualTo(overRest.get("availableFen").asLong());
		assertThat(overGrpc.getBudgetLines()).isEqualTo(2);
	}

	@Test
	void yearWithoutBudgetLinesHasNoCapacity() {
		int year = unusedYear();

		ResponseEntity<JsonNode> capacity = fiscalCapacity(TestInfrastructure.token("DRC"), year);

		assertThat(capacity.getStatusCode().value()).isEqualTo(200);
		assertThat(capacity.getBody().get("year").asInt()).isEqualTo(year);
		assertThat(capacity.getBody().get("budgetedFen").asLong()).isZero();
		assertThat(capacity.getBody().get("availableFen").asLong()).isZero();
		assertThat(capacity.getBody().get("budgetLines").asInt()).isZero();
	}

	@Test
	void yearBeforeTheProgrammeOverGrpcIsInvalidArgumentNamingTheYear() {
		assertThatThrownBy(() -> fiscalCapacities(TestInfrastructure.token("HOUSING"))
			.getFiscalCapacity(GetFiscalCapacityRequest.newBuilder().setYear(1999).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).contains("year", "1999");
				assertThat(GrpcRefusals.fieldViolations(ex)).extracting(BadRequest.FieldViolation::getField).containsExactly("year");
				assertThat(GrpcRefusals.fieldViolations(ex).get(0).getDescription()).contains("1999", "2000");
			});
	}

	@Test
	void yearOutsideTheProgrammeOverRestIsRefusedNamingTheYear() {
		ResponseEntity<JsonNode> refused = fiscalCapacity(TestInfrastructure.token("FINANCE"), 2101);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("year");
	}

	@Test
	void grpcCallWithoutTokenIsUnauthenticated() {
		assertThatThrownBy(() -> FiscalCapacityServiceGrpc.newBlockingStub(grpc.channel())
			.getFiscalCapacity(GetFiscalCapacityRequest.newBuilder().setYear(2026).build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
	}

	@Test
	void housingHoldsNoDutyToAddBudgetLinesAndNothingIsStored() {
		int year = unusedYear();

		ResponseEntity<JsonNode> refused = addLine(TestInfrastructure.token("HOUSING"),
				line(year, "MUNICIPAL_BUDGET", 1_000_00L, "住建委不能安排预算"));

		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getBody().get("operation").asString()).isEqualTo("finance.budget-line.add");
		assertThat(linesStoredFor(year)).isZero();
	}

	@Test
	void negativeAmountIsRefusedNamingAmountFenAndNothingIsStored() {
		int year = unusedYear();

		ResponseEntity<JsonNode> refused = addLine(TestInfrastructure.token("FINANCE"),
				line(year, "MUNICIPAL_BUDGET", -1_00L, "冲减"));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getBody().get("errors").get(0).get("field").asString()).isEqualTo("amountFen");
		assertThat(linesStoredFor(year)).isZero();
	}

	@Test
	void unknownFundingSourceIsRefusedNamingSource() {
		int year = unusedYear();

		ResponseEntity<JsonNode> refused = addLine(TestInfrastructure.token("FINANCE"),
				line(year, "LOTTERY", 1_00L, "福彩公益金"));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").get(0).get("field").asString()).isEqualTo("source");
		assertThat(linesStoredFor(year)).isZero();
	}

	@Test
	void everyBrokenRuleOfALineIsReportedAtOnceAndNothingIsStored() {
		ResponseEntity<JsonNode> refused = addLine(TestInfrastructure.token("FINANCE"),
				Map.of("fiscalYear", 1850, "source", "LOTTERY", "amountFen", -1, "description", " "));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("fiscalYear", "source",
				"amountFen", "description");
		assertThat(refused.getBody().get("errors").get(1).get("reason").asString()).contains("LOTTERY",
				"MUNICIPAL_BUDGET");
		assertThat(linesStoredFor(1850)).isZero();
	}

	@Test
	void lineWithoutItsFiguresIsRefusedNamingEachMissingOne() {
		ResponseEntity<JsonNode> refused = addLine(TestInfrastructure.token("FINANCE"),
				Map.of("source", "MUNICIPAL_BUDGET", "description", "缺少年度和金额"));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("fiscalYear",
				"amountFen");
	}

	private static synchronized int unusedYear() {
		return UNUSED_YEARS.next();
	}

	private static Iterator<Integer> shuffledYears() {
		List<Integer> years = new ArrayList<>(IntStream.rangeClosed(2030, 2099).boxed().toList());
		Collections.shuffle(years);
		return years.iterator();
	}

	private static String subjectOf(String token) throws ParseException {
		return SignedJWT.parse(token).getJWTClaimsSet().getSubject();
	}

	private static Map<String, Object> line(int year, String source, long amountFen, String description) {
		return Map.of("fiscalYear", year, "source", source, "amountFen", amountFen, "description", description);
	}

	private long linesStoredFor(int year) {
		return jdbc.sql("SELECT count(*) FROM budget_line WHERE fiscal_year = :year")
			.param("year", year)
			.query(Long.class)
			.single();
	}

	private FiscalCapacityServiceGrpc.FiscalCapacityServiceBlockingStub fiscalCapacities(String token) {
		return FiscalCapacityServiceGrpc.newBlockingStub(grpc.channel()).withCallCredentials(LocalGrpc.bearer(token));
	}

	private ResponseEntity<JsonNode> addLine(String token, Map<String, Object> body) {
		return http.post(token, body, "/api/finance/budget-lines");
	}

	private ResponseEntity<JsonNode> fiscalCapacity(String token, int year) {
		return http.get(token, "/api/finance/fiscal-capacity/{year}", year);
	}

}
