package cn.bjrenovation.finance.budget.web;

import java.net.http.HttpResponse;

import cn.bjrenovation.platform.testing.Problems;
import cn.bjrenovation.platform.testing.RawHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Finance's own endpoints given input of the wrong kind: 400 naming the field, never a Java or SQL word. */
@ServiceTest
class BudgetInputErrorsTest {

	@LocalServerPort
	int port;

	private final String finance = TestInfrastructure.token("FINANCE");

	@Test
	void aYearThatIsNoNumberIsRefusedNamingIt() {
		JsonNode problem = Problems.uniform(RawHttp.on(port).get("/api/finance/fiscal-capacity/abc", finance), 400,
				"invalid-input");

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("year");
		assertThat(problem.get("errors").get(0).get("reason").asString()).isEqualTo("must be a whole number");
	}

	@Test
	void aFieldOfTheWrongKindIsRefusedNamingIt() {
		JsonNode problem = Problems.uniform(add("{\"fiscalYear\":\"abc\",\"source\":\"MUNICIPAL_BUDGET\","
				+ "\"amountFen\":100,\"description\":\"x\"}"), 400, "invalid-input");

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("fiscalYear");
		assertThat(problem.get("errors").get(0).get("reason").asString()).isEqualTo("must be a whole number");
	}

	@Test
	void nulInADescriptionIsRefusedNotAServerError() {
		JsonNode problem = Problems.uniform(add("{\"fiscalYear\":2031,\"source\":\"MUNICIPAL_BUDGET\","
				+ "\"amountFen\":100,\"description\":\"市级\\u0000补助\"}"), 400, "invalid-input");

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("description");
	}

	private HttpResponse<String> add(String json) {
		return RawHttp.on(port).send("POST", "/api/finance/budget-lines", finance, json, "Content-Type",
				"application/json");
	}

}
