package cn.bjrenovation.planning;

import java.io.IOException;
import java.net.http.HttpResponse;

import cn.bjrenovation.fixtures.housing.HousingEvents;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
import cn.bjrenovation.planning.v1.PlannerServiceGrpc;
import cn.bjrenovation.platform.testing.GrpcRefusals;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.Problems;
import cn.bjrenovation.platform.testing.RawHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's error answers, at a real service's ports (planning's): every 4xx and 5xx is uniform
 * problem+json, NUL and control characters are refused at the edge naming the field, and no framework or
 * database text reaches the caller. The {@code /faults} endpoints exist in this test only.
 */
@ServiceTest
class UniformErrorsTest {

	private static final String PLANNER = "/api/planning/streets/%s/planner";

	@LocalServerPort
	int port;

	@Autowired
	LocalGrpc grpc;

	private final String planning = TestInfrastructure.token("PLANNING");

	// --- NUL and control characters

	@Test
	void nulInAJsonFieldIsRefusedNamingTheField() {
		HttpResponse<String> answer = put(PLANNER.formatted(HousingEvents.uniqueStreet("110105")),
				"{\"plannerSubject\":\"planner-li\",\"plannerName\":\"李\\u0000规划\"}");

		JsonNode problem = Problems.uniform(answer, 400, "invalid-input");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("plannerName");
		assertThat(problem.get("errors").get(0).get("reason").asString()).contains("control character");
	}

	@Test
	void anotherControlCharacterInAJsonFieldIsRefusedToo() {
		HttpResponse<String> answer = put(PLANNER.formatted(HousingEvents.uniqueStreet("110105")),
				"{\"plannerSubject\":\"planner\\u001b-li\",\"plannerName\":\"李规划\"}");

		JsonNode problem = Problems.uniform(answer, 400, "invalid-input");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("plannerSubject");
	}

	@Test
	void tabsAndLineBreaksInJsonAreAccepted() {
		HttpResponse<String> answer = put(PLANNER.formatted(HousingEvents.uniqueStreet("110105")),
				"{\"plannerSubject\":\"planner-li\",\"plannerName\":\"李\\t规划\\r\\n\"}");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

	@Test
	void nulInAQueryParameterIsRefusedNamingTheParameter() {
		HttpResponse<String> answer = http().get(PLANNER.formatted("110105017") + "?view=a%00b", planning);

		JsonNode problem = Problems.uniform(answer, 400, "invalid-input");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("view");
		assertThat(problem.get("errors").get(0).get("reason").asString()).contains("control character");
	}

	@Test
	void aQueryTheContainerCannotDecodeIsRefusedNamingWhatItCan() {
		JsonNode badUtf8 = Problems.uniform(http().get(PLANNER.formatted("110105017") + "?view=%E4%B8", planning), 400,
				"invalid-input");
		assertThat(badUtf8.get("errors").get(0).get("field").asString()).isEqualTo("view");
		assertThat(badUtf8.get("errors").get(0).get("reason").asString()).contains("UTF-8");

		JsonNode badName = Problems.uniform(http().get(PLANNER.formatted("110105017") + "?%ff=1", planning), 400,
				"invalid-input");
		assertThat(badName.get("errors").get(0).get("field").asString()).isEqualTo("query");

		JsonNode noName = Problems.uniform(http().get(PLANNER.formatted("110105017") + "?=0", planning), 400,
				"invalid-input");
		assertThat(noName.get("errors").get(0).get("reason").asString()).contains("no name");
	}

	@Test
	void aWildcardContentTypeIsUnsupportedNeverAnInternalError() {
		JsonNode problem = Problems.uniform(http().send("PUT", PLANNER.formatted("110105017"), planning,
				"{\"plannerSubject\":\"p\",\"plannerName\":\"王\"}", "Content-Type", "application/*"), 415,
				"unsupported-media-type");
		assertThat(problem.get("detail").asString()).contains("application/*");
	}

	@Test
	void nulInAPathVariableIsRefusedNamingTheVariable() {
		HttpResponse<String> answer = http().get(PLANNER.formatted("110105%00017"), planning);

		JsonNode problem = Problems.uniform(answer, 400, "invalid-input");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("streetCode");
	}

	@Test
	void nulInAGrpcStringFieldIsInvalidArgumentNamingTheField() {
		assertThatThrownBy(() -> PlannerServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(TestInfrastructure.token("HOUSING")))
			.getResponsiblePlanner(GetResponsiblePlannerRequest.newBuilder().setStreetCode("11010\u00000017").build()))
			.isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(GrpcRefusals.fieldViolations(ex)).extracting(BadRequest.FieldViolation::getField)
					.containsExactly("street_code");
				assertThat(GrpcRefusals.fieldViolations(ex).get(0).getDescription()).contains("control character");
			});
	}

	// --- what Spring MVC refuses itself

	@Test
	void anUnknownPathIsNotFound() {
		Problems.uniform(http().get("/api/planning/no-such-thing", planning), 404, "not-found");
		Problems.uniform(http().get("/nowhere", planning), 404, "not-found");
	}

	@Test
	void aWrongMethodIsMethodNotAllowed() {
		Problems.uniform(http().send("DELETE", PLANNER.formatted("110105017"), planning, null), 405,
				"method-not-allowed");
	}

	@Test
	void aWrongMediaTypeIsUnsupported() {
		Problems.uniform(http().send("PUT", PLANNER.formatted("110105017"), planning, "plannerName=x", "Content-Type",
				"text/plain"), 415, "unsupported-media-type");
	}

	@Test
	void anAnswerNoAcceptableTypeIsNotAcceptable() {
		String street = HousingEvents.uniqueStreet("110105");
		put(PLANNER.formatted(street), "{\"plannerSubject\":\"planner-li\",\"plannerName\":\"李规划\"}");

		Problems.uniform(http().get(PLANNER.formatted(street), planning, "Accept", "application/xml"), 406,
				"not-acceptable");
	}

	@Test
	void unreadableJsonIsInvalidInputWithoutTheParsersWords() {
		JsonNode syntax = Problems.uniform(put(PLANNER.formatted("110105017"), "{\"plannerName\": "), 400,
				"invalid-input");
		assertThat(syntax.get("detail").asString()).contains("JSON");

		JsonNode wrongType = Problems.uniform(put(PLANNER.formatted("110105017"), "{\"plannerName\": {\"a\": 1}}"),
				400, "invalid-input");
		assertThat(wrongType.get("errors").get(0).get("field").asString()).isEqualTo("plannerName");
		assertThat(wrongType.get("errors").get(0).get("reason").asString()).isEqualTo("must be text");
	}

	@Test
	void aWronglyTypedParameterNamesItAndTheKindExpected() {
		JsonNode query = Problems.uniform(http().get("/faults/typed/7?pageSize=x", planning), 400, "invalid-input");
		assertThat(query.get("errors").get(0).get("field").asString()).isEqualTo("pageSize");
		assertThat(query.get("errors").get(0).get("reason").asString()).isEqualTo("must be a whole number");

		JsonNode path = Problems.uniform(http().get("/faults/typed/abc?pageSize=3", planning), 400, "invalid-input");
		assertThat(path.get("errors").get(0).get("field").asString()).isEqualTo("number");

		JsonNode missing = Problems.uniform(http().get("/faults/typed/7", planning), 400, "invalid-input");
		assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("pageSize");
	}

	// --- what nobody expected

	@Test
	void anUnexpectedExceptionIsAnInternalErrorWithAReferenceNotItsMessage() {
		HttpResponse<String> answer = http().get("/faults/unexpected", planning);

		JsonNode problem = Problems.uniform(answer, 500, "internal-error");
		assertThat(answer.body()).doesNotContain("secret-internals");
		assertThat(problem.get("reference").asString()).matches("[0-9a-f]{32}");
	}

	@Test
	void anExceptionOutsideMvcIsProblemJsonWithoutAStackTrace() {
		HttpResponse<String> answer = http().get("/faults/in-filter", planning);

		Problems.uniform(answer, 500, "internal-error");
		assertThat(answer.body()).doesNotContain("secret-internals");
	}

	@Test
	void aDatabaseErrorIsNeverToldToTheCaller() {
		HttpResponse<String> answer = http().get("/faults/bad-sql", planning);

		Problems.uniform(answer, 500, "internal-error");
		assertThat(answer.body()).doesNotContain("no_such_table");
	}

	@Test
	void aUniqueConstraintViolationIsAConflictWithoutSql() {
		HttpResponse<String> answer = http().get("/faults/duplicate", planning);

		Problems.uniform(answer, 409, "conflict");
		assertThat(answer.body()).doesNotContain("fault_unique", "duplicate key");
	}

	@Test
	void noTokenIsUnauthorizedAsProblemJson() {
		Problems.uniform(http().get(PLANNER.formatted("110105017"), null), 401, "unauthenticated");
	}

	private HttpResponse<String> put(String target, String json) {
		return http().send("PUT", target, planning, json, "Content-Type", "application/json");
	}

	private RawHttp http() {
		return RawHttp.on(port);
	}

	/** Endpoints that fail the ways a service can fail, for this test only (outside /api, so no duty applies). */
	@TestConfiguration
	static class Faults {

		@Bean
		FaultController faultController(JdbcClient jdbc) {
			return new FaultController(jdbc);
		}

		@Bean
		FilterRegistrationBean<Filter> failingFilter() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				if (((HttpServletRequest) request).getRequestURI().equals("/faults/in-filter")) {
					throw new IOException("secret-internals of a filter");
				}
				chain.doFilter(request, response);
			});
			registration.setOrder(0);
			return registration;
		}

	}

	@RestController
	static class FaultController {

		private final JdbcClient jdbc;

		FaultController(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/faults/typed/{number}")
		String typed(@PathVariable int number, @RequestParam int pageSize) {
			return number + "/" + pageSize;
		}

		@GetMapping("/faults/unexpected")
		String unexpected() {
			throw new IllegalStateException("secret-internals");
		}

		@GetMapping("/faults/bad-sql")
		String badSql() {
			return jdbc.sql("SELECT name FROM no_such_table").query(String.class).single();
		}

		@GetMapping("/faults/duplicate")
		String duplicate() {
			jdbc.sql("CREATE TABLE IF NOT EXISTS fault_unique (k text PRIMARY KEY)").update();
			jdbc.sql("INSERT INTO fault_unique VALUES ('k') ON CONFLICT DO NOTHING").update();
			jdbc.sql("INSERT INTO fault_unique VALUES ('k')").update();
			return "unreachable";
		}

	}

}
