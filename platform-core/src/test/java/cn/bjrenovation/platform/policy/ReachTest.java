package cn.bjrenovation.platform.policy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReachTest {

	private static final DutyPolicy POLICY = DutyPolicy.parse(new ByteArrayInputStream("""
			operations:
			  - id: demo.thing.change
			    duty: "a duty"
			    allow:
			      - { role: HOUSING, scope: city }
			      - { role: DISTRICT, scope: district }
			      - { role: STREET, scope: street }
			      - { role: COMMUNITY_ORG, scope: community }
			      - { role: OPERATOR, scope: utility }
			      - { role: SASAC, scope: city, when: { propertyRights: [CITY_SOE_NON_OPERATING] } }
			""".getBytes(StandardCharsets.UTF_8)));

	private static final Place JINSONG = Place.of(null, "110105017", "c-1").with("propertyRights", "MUNICIPAL");

	@Test
	void aCityGrantCoversEveryPlace() {
		assertThat(reach("HOUSING", Map.of()).covers(JINSONG)).isTrue();
	}

	@Test
	void aDistrictGrantCoversItsOwnDistrictOnlyAndAStreetLiesInItsDistrict() {
		assertThat(reach("DISTRICT", Map.of("district", "110105")).covers(JINSONG)).isTrue();
		Reach haidian = reach("DISTRICT", Map.of("district", "110108"));
		assertThat(haidian.covers(JINSONG)).isFalse();
		assertThat(haidian.whyNot(JINSONG)).get().asString().contains("district 110108", "110105017");
	}

	@Test
	void streetCommunityAndUtilityGrantsHoldTheCallerToItsOwn() {
		assertThat(reach("STREET", Map.of("street", "110105017")).covers(JINSONG)).isTrue();
		assertThat(reach("STREET", Map.of("street", "110105018")).covers(JINSONG)).isFalse();
		assertThat(reach("COMMUNITY_ORG", Map.of("community", "c-1")).covers(JINSONG)).isTrue();
		assertThat(reach("COMMUNITY_ORG", Map.of("community", "c-2")).covers(JINSONG)).isFalse();
		assertThat(reach("OPERATOR", Map.of("utility", "water")).covers(Place.ofUtility("water"))).isTrue();
		assertThat(reach("OPERATOR", Map.of("utility", "water")).covers(Place.ofUtility("gas"))).isFalse();
		assertThat(reach("OPERATOR", Map.of("utility", "water")).covers(JINSONG)).as("no utility: outside").isFalse();
	}

	@Test
	void aUtilityIsTheSameWhateverItsCaseButACodeIsNot() {
		assertThat(reach("OPERATOR", Map.of("utility", "overhead_lines")).covers(Place.ofUtility("OVERHEAD_LINES")))
			.as("a token's gas is the contracts' GAS").isTrue();
		assertThat(reach("OPERATOR", Map.of("utility", "gas")).covers(Place.ofUtility("GASWORKS"))).isFalse();
		assertThat(reach("COMMUNITY_ORG", Map.of("community", "C-1")).covers(JINSONG)).as("ids stay exact").isFalse();
	}

	@Test
	void aConditionOnAFactIsHeldAndAPlaceWithoutTheFactFailsIt() {
		Reach sasac = reach("SASAC", Map.of());
		assertThat(sasac.covers(JINSONG.with("propertyRights", "CITY_SOE_NON_OPERATING"))).isTrue();
		assertThat(sasac.whyNot(JINSONG)).get().asString().contains("propertyRights", "CITY_SOE_NON_OPERATING", "MUNICIPAL");
		assertThat(sasac.covers(Place.of("110105", null, null))).isFalse();
		assertThat(sasac.condition("propertyRights")).contains(java.util.Set.of("CITY_SOE_NON_OPERATING"));
	}

	@Test
	void aNewObjectOutsideIsForbiddenWithTheReasonAndAnExistingOneIsNotFound() {
		Reach haidian = reach("DISTRICT", Map.of("district", "110108"));
		assertThatThrownBy(() -> haidian.requireCovers(JINSONG)).isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("110108");
		assertThatThrownBy(() -> haidian.requireVisible(JINSONG, "thing", "t-1")).isInstanceOf(NotFoundException.class)
			.hasMessage("thing t-1 not found");
	}

	@Test
	void boundsNameTheCallersOwnPlaceForListsOnly() {
		assertThat(reach("DISTRICT", Map.of("district", "110105")).district()).contains("110105");
		assertThat(reach("DISTRICT", Map.of("district", "110105")).street()).isEmpty();
		assertThat(reach("HOUSING", Map.of()).district()).isEmpty();
	}

	@Test
	void aRoleWithoutAGrantHasNoReach() {
		assertThatThrownBy(() -> reach("FINANCE", Map.of())).isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("FINANCE holds no duty");
	}

	private static Reach reach(String role, Map<String, Object> scopeClaims) {
		Map<String, Object> claims = new java.util.HashMap<>(scopeClaims);
		claims.put("role", role);
		return POLICY.reach(Caller.fromClaims("someone", claims), "demo.thing.change");
	}

}
