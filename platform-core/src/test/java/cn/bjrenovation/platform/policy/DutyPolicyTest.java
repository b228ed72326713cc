package cn.bjrenovation.platform.policy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.InvalidCallerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DutyPolicyTest {

	private final DutyPolicy policy = DutyPolicy.load();

	@Test
	void districtAndCommissionMayRegisterCommunitiesAndNobodyElse() {
		for (String role : new String[] { "HOUSING", "DISTRICT" }) {
			assertThat(decideRegistration(caller(role))).isInstanceOf(Decision.Allowed.class);
		}
		for (String role : new String[] { "FINANCE", "DRC", "PLANNING", "CITY_MGMT", "CIVIL_AFFAIRS", "HPF", "STREET",
				"COMMUNITY_ORG", "PLANNER", "OPERATOR", "CENTRAL_UNIT" }) {
			assertThat(decideRegistration(caller(role))).as(role).isInstanceOf(Decision.Refused.class);
		}
	}

	@Test
	void refusalNamesTheOperationAndTheDuty() {
		Decision.Refused refused = (Decision.Refused) decideRegistration(caller("FINANCE"));

		assertThat(refused.operationId()).isEqualTo("housing.community.register");
		assertThat(refused.reason()).contains("FINANCE", "housing.community.register", "住建委");
	}

	@Test
	void districtRegistersInDistrictScope() {
		Decision.Allowed allowed = (Decision.Allowed) decideRegistration(caller("DISTRICT"));

		assertThat(allowed.grant().scope()).isEqualTo(Scope.DISTRICT);
	}

	@Test
	void operationNotInThePolicyIsRefused() {
		Decision decision = policy.decide(caller("HOUSING"), policy.forRequest("DELETE", "/api/housing/communities/1"),
				"DELETE /api/housing/communities/1");

		assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class,
				refused -> assertThat(refused.reason()).contains("default deny"));
	}

	@Test
	void pathVariablesMatchOneSegment() {
		assertThat(policy.forRequest("GET", "/api/housing/communities/abc")).map(Operation::id)
			.contains("housing.community.read");
		assertThat(policy.forRequest("GET", "/api/housing/communities/abc/floors")).isEmpty();
		assertThat(policy.forRequest("GET", "/api/housing/communities/abc/buildings")).map(Operation::id)
			.contains("housing.building.list");
	}

	@Test
	void grpcMethodsAreInThePolicy() {
		assertThat(policy.forGrpc("cn.bjrenovation.finance.v1.FiscalCapacityService/GetFiscalCapacity"))
			.map(Operation::id)
			.contains("finance.fiscal-capacity.read");
	}

	@Test
	void everyOperationCitesItsDutyAndGrantsSomeoneOrIsPublic() {
		assertThat(policy.operations()).isNotEmpty().allSatisfy(operation -> {
			assertThat(operation.duty()).isNotBlank();
			assertThat(operation.grants().isEmpty()).as(operation.id()).isEqualTo(operation.open());
			assertThat(operation.path() != null || operation.grpcMethod() != null).isTrue();
		});
	}

	@Test
	void theNoticeBoardIsPublicAndNothingElseIs() {
		assertThat(policy.operations().stream().filter(Operation::open).map(Operation::id)).containsExactlyInAnyOrder(
				"housing.public.communities", "housing.public.project", "housing.public.district-progress",
				"pipeline.public.street-works");
		assertThat(policy.publicOperation("GET", "/api/public/housing/communities/abc/project")).map(Operation::id)
			.contains("housing.public.project");
		assertThat(policy.publicOperation("POST", "/api/public/housing/communities")).isEmpty();
		assertThat(policy.publicOperation("GET", "/api/public/housing/projects/abc")).isEmpty();
		assertThat(policy.publicOperation("GET", "/api/housing/communities/abc")).isEmpty();
	}

	@Test
	void aPublicOperationGrantsNobodyAndAnyoneCallingItWithATokenHoldsNoDutyForIt() {
		Operation board = policy.operation("housing.public.project").orElseThrow();

		assertThat(board.grants()).isEmpty();
		assertThat(policy.decide(caller("HOUSING"), Optional.of(board), board.id())).isInstanceOf(Decision.Refused.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"public with grants|public: true\\n    allow:\\n      - { role: HOUSING, scope: city }|GET|/api/public/x|lists no 'allow'",
			"public write|public: true|POST|/api/public/x|only a REST GET",
			"public outside the prefix|public: true|GET|/api/housing/x|starts with /api/public/",
			"grants under the prefix|allow:\\n      - { role: HOUSING, scope: city }|GET|/api/public/x|only public operations",
			"neither grants nor public|duty2: none|GET|/api/housing/x|lacks 'allow'" })
	void aMisplacedPublicOperationIsRefusedWhenThePolicyLoads(String name, String body, String method, String path,
			String message) {
		String yaml = "operations:\n  - id: test.op\n    duty: \"test\"\n    rest: { method: " + method + ", path: \""
				+ path + "\" }\n    " + body.replace("\\n", "\n") + "\n";

		assertThatThrownBy(() -> DutyPolicy.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("test.op")
			.hasMessageContaining(message);
	}

	@Test
	void scopedRoleWithoutItsScopeClaimIsNotACaller() {
		assertThatThrownBy(() -> Caller.fromClaims("someone", Map.of("role", "DISTRICT")))
			.isInstanceOf(InvalidCallerException.class)
			.hasMessageContaining("district");
		assertThatThrownBy(() -> Caller.fromClaims("someone", Map.of("role", "MAYOR")))
			.isInstanceOf(InvalidCallerException.class)
			.hasMessageContaining("unknown role");
	}

	private Decision decideRegistration(Caller caller) {
		return policy.decide(caller, policy.forRequest("POST", "/api/housing/communities"),
				"POST /api/housing/communities");
	}

	private static Caller caller(String role) {
		return Caller.fromClaims("test", Map.of("role", role, "district", "110105", "street", "110105017", "community",
				"c-1", "utility", "water"));
	}

}
