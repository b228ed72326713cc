package cn.bjrenovation.housing.annualplan.domain;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.Application;
import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.MunicipalDecision;
import cn.bjrenovation.housing.project.domain.ProjectCommunity;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationItemCatalogue;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.ReviewDecision;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.validation.FieldCheck;

/** Object mother of the plan's domain tests: reserved projects of a chosen size and content, a finance that answers. */
final class PlanFixtures {

	static final Instant NOW = Instant.parse("2025-11-01T02:00:00Z");

	static final Actor HOUSING = new Actor("joint-conference-office-zhao", "HOUSING", "");

	static final Actor OFFICIAL = new Actor("official", "DISTRICT", "district=110105");

	/** The settings' defaults: ¥200/m² for basic items, ¥50/m² for complete ones, nothing for upgrade items. */
	static final SubsidyRates RATES = new SubsidyRates(
			Map.of(ItemClass.BASIC, 20_000L, ItemClass.COMPLETE, 5_000L, ItemClass.UPGRADE, 0L));

	static final PlanRules BY_AREA = new PlanRules(BasicShareMeasure.FLOOR_AREA, RATES);

	static final PlanRules BY_COUNT = new PlanRules(BasicShareMeasure.COUNT, RATES);

	/** Items of a basic-class task only. */
	static final String[] BASIC = { "WATER_SUPPLY", "SEISMIC_REINFORCEMENT" };

	/** A complete-class task: a basic and a complete item. */
	static final String[] COMPLETE = { "WATER_SUPPLY", "ELEVATOR_ADDITION" };

	/** An upgrade-class task. */
	static final String[] UPGRADE = { "WATER_SUPPLY", "ELDERLY_CARE" };

	private static final RenovationItemCatalogue CATALOGUE = RenovationItemCatalogue.read(new InputStreamReader(
			PlanFixtures.class.getResourceAsStream("/reference/renovation-items.csv"), StandardCharsets.UTF_8));

	private static final AtomicInteger COMMUNITIES = new AtomicInteger();

	private PlanFixtures() {
	}

	/** A project of a community of the floor area (m²) in the district, wanting the items, in the reserve pool. */
	static RenovationProject reserved(String district, int floorArea, String... items) {
		ProjectCommunity community = new ProjectCommunity(CommunityId.newId(), "小区" + COMMUNITIES.incrementAndGet(),
				district, district + "001", null, 1985, BigDecimal.valueOf(floorArea), true, true, false);
		FieldCheck check = new FieldCheck();
		BigDecimal consentArea = BigDecimal.valueOf(floorArea == 0 ? 100 : floorArea);
		Application application = Application.check(List.of(items), 100, 80, consentArea,
				consentArea.multiply(new BigDecimal("0.8")), true, "", CATALOGUE, check);
		check.throwIfAny();
		return RenovationProject.apply(ProjectId.newId(), community, application, OFFICIAL, NOW, List.of())
			.reviewAtStreet(ReviewDecision.ACCEPT, OFFICIAL, NOW, List.of())
			.reviewAtDistrict(ReviewDecision.ACCEPT, OFFICIAL, NOW, List.of())
			.decideMunicipally(MunicipalDecision.APPROVE, community, HOUSING, NOW, List.of());
	}

	static RenovationProject reserved(int floorArea, String... items) {
		return reserved("110105", floorArea, items);
	}

	/** Finance reporting this much available (fen) for any year; counts how often it was asked. */
	static final class Finance implements FiscalCapacities {

		final long availableFen;

		int asked;

		Finance(long availableFen) {
			this.availableFen = availableFen;
		}

		@Override
		public FiscalCapacity forYear(int year) {
			asked++;
			return new FiscalCapacity(year, availableFen + 1_000, availableFen, 2);
		}

	}

}
