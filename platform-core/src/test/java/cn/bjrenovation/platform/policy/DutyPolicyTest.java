package cn.bjrenovation.platform.policy;

import java.util.Map;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.InvalidCallerException;
import org.junit.jupiter.api.Test;

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
	void everyOperationCitesItsDutyAndGrantsSomeone() {
		assertThat(policy.operations()).isNotEmpty().allSatisfy(operation -> {
			assertThat(operation.duty()).isNotBlank();
			assertThat(operation.grants()).isNotEmpty();
			assertThat(operation.path() != null || operation.grpcMethod() != null).isTrue();
		});
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
