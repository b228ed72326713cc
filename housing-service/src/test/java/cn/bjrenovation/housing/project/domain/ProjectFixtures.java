package cn.bjrenovation.housing.project.domain;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.validation.FieldCheck;

/** Object mother of the project domain tests: the catalogue as shipped, 劲松北社区, a good application, officials. */
final class ProjectFixtures {

	static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

	static final Actor APPLICANT = new Actor("jinsong-north-committee", "COMMUNITY_ORG", "community=110105017036");

	static final Actor STREET = new Actor("jinsong-street-li", "STREET", "street=110105017");

	static final Actor DISTRICT = new Actor("chaoyang-housing-wang", "DISTRICT", "district=110105");

	static final Actor HOUSING = new Actor("joint-conference-office-zhao", "HOUSING", "");

	private ProjectFixtures() {
	}

	static RenovationItemCatalogue catalogue() {
		return RenovationItemCatalogue.read(new InputStreamReader(
				ProjectFixtures.class.getResourceAsStream("/reference/renovation-items.csv"), StandardCharsets.UTF_8));
	}

	/** 劲松北社区: built 1978, 194,000 m², with the given governance facts. */
	static ProjectCommunity jinsongNorth(boolean ownersOrganisationFormed, boolean propertyServiceAgreed) {
		return new ProjectCommunity(new CommunityId(UUID.fromString("6f1c2a8e-1111-4a7b-9c1d-0000000000aa")), "劲松北社区",
				"110105", "110105017", new CommitteeCode("110105017036"), 1978, new BigDecimal("194000"),
				ownersOrganisationFormed, propertyServiceAgreed, false);
	}

	static ProjectCommunity readyForThePool() {
		return jinsongNorth(true, true);
	}

	static Application application(String... codes) {
		FieldCheck check = new FieldCheck();
		Application application = Application.check(List.of(codes), 120, 100, new BigDecimal("8000"),
				new BigDecimal("6900"), true, "加装电梯意愿强烈", catalogue(), check);
		check.throwIfAny();
		return application;
	}

	static RenovationProject applied() {
		return RenovationProject.apply(ProjectId.newId(), readyForThePool(),
				application("WATER_SUPPLY", "ELEVATOR_ADDITION", "ELDERLY_CARE"), APPLICANT, NOW, List.of());
	}

	static RenovationProject districtAccepted() {
		return applied().reviewAtStreet(ReviewDecision.ACCEPT, STREET, NOW.plusSeconds(60), List.of())
			.reviewAtDistrict(ReviewDecision.ACCEPT, DISTRICT, NOW.plusSeconds(120), List.of());
	}

	static RenovationProject reserved() {
		return districtAccepted().decideMunicipally(MunicipalDecision.APPROVE, readyForThePool(), HOUSING,
				NOW.plusSeconds(180), List.of());
	}

}
