package cn.bjrenovation.platform.openapi;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.platform.policy.DutyPolicy;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DutyExtensionsTest {

	private static final DutyPolicy POLICY = DutyPolicy.parse(new ByteArrayInputStream("""
			operations:
			  - id: thing.register
			    duty: "A2: districts register their things"
			    rest: { method: POST, path: "/api/thing/things" }
			    allow:
			      - { role: DISTRICT, scope: district }
			      - { role: SASAC, scope: city, when: { propertyRights: [CITY_SOE_NON_OPERATING] } }
			  - id: thing.read
			    duty: "A2: every department reads a thing"
			    rest: { method: GET, path: "/api/thing/things/{thingId}" }
			    allow:
			      - { role: HOUSING, scope: city }
			  - id: thing.public
			    duty: "公示: the notice board"
			    rest: { method: GET, path: "/api/public/thing/things" }
			    public: true
			""".getBytes(StandardCharsets.UTF_8)));

	@Test
	void eachOperationCarriesItsPolicyEntryAsOperationIdAndDuty() {
		OpenAPI description = description();

		new DutyExtensions(POLICY).customise(description);

		Operation register = description.getPaths().get("/api/thing/things").getPost();
		assertThat(register.getOperationId()).isEqualTo("thing.register");
		assertThat(register.getExtensions().get(DutyExtensions.EXTENSION)).isEqualTo(Map.of("id", "thing.register",
				"duty", "A2: districts register their things", "allow",
				List.of(Map.of("role", "DISTRICT", "scope", "district"), Map.of("role", "SASAC", "scope", "city", "when",
						Map.of("propertyRights", java.util.Set.of("CITY_SOE_NON_OPERATING"))))));
		assertThat(register.getSecurity()).containsExactly(new SecurityRequirement().addList(DutyExtensions.BEARER));
		// a variable named otherwise than in the policy is the same route
		assertThat(description.getPaths().get("/api/thing/things/{id}").getGet().getOperationId()).isEqualTo("thing.read");
	}

	@Test
	void aPublicOperationSaysSoAndNeedsNoToken() {
		OpenAPI description = description();

		new DutyExtensions(POLICY).customise(description);

		Operation board = description.getPaths().get("/api/public/thing/things").getGet();
		assertThat(board.getExtensions().get(DutyExtensions.EXTENSION))
			.isEqualTo(Map.of("id", "thing.public", "duty", "公示: the notice board", "public", true));
		assertThat(board.getSecurity()).isEmpty();
	}

	@Test
	void anOperationThePolicyDoesNotListGetsNoDutyForTheDescriptionTestToFind() {
		OpenAPI description = description();
		description.getPaths().addPathItem("/api/thing/things/{thingId}/secret", new PathItem().delete(new Operation()));

		new DutyExtensions(POLICY).customise(description);

		Operation unlisted = description.getPaths().get("/api/thing/things/{thingId}/secret").getDelete();
		assertThat(unlisted.getExtensions()).isNull();
		assertThat(unlisted.getOperationId()).isNull();
	}

	private static OpenAPI description() {
		return new OpenAPI().paths(new Paths().addPathItem("/api/thing/things", new PathItem().post(new Operation()))
			.addPathItem("/api/thing/things/{id}", new PathItem().get(new Operation()))
			.addPathItem("/api/public/thing/things", new PathItem().get(new Operation())));
	}

}
