package cn.bjrenovation.housing.project.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationTest {

	private final RenovationItemCatalogue catalogue = ProjectFixtures.catalogue();

	@Test
	void aGoodApplicationKeepsItsItemsWithTheirClassesAndConsentByNumberAndArea() {
		FieldCheck check = new FieldCheck();
		Application application = Application.check(List.of("WATER_SUPPLY", " GREENING "), 120, 100,
				new BigDecimal("8000"), new BigDecimal("6900.004"), false, "  ", catalogue, check);

		assertThat(check.problems()).isEmpty();
		assertThat(application.items()).extracting(RenovationItem::itemClass)
			.containsExactly(ItemClass.BASIC, ItemClass.COMPLETE);
		assertThat(application.consent().areaAgreeing()).isEqualByComparingTo("6900.00");
		assertThat(application.consent().ownersShare()).isEqualTo(100.0 / 120);
		assertThat(application.obligationsAccepted()).isFalse();
		assertThat(application.note()).isEmpty();
	}

	@Test
	void everyBadFieldIsReportedAtOnce() {
		FieldCheck check = new FieldCheck();
		Application application = Application.check(Arrays.asList("WATER_SUPPLY", "NO_SUCH_ITEM", null, "WATER_SUPPLY"),
				0, -1, new BigDecimal("-5"), new BigDecimal("10"), null, "=cmd|' /C calc'!A0", catalogue, check);

		assertThat(application).isNull();
		assertThat(check.problems()).extracting(FieldProblem::field)
			.containsExactly("items[1].code", "items[2].code", "items[3].code", "consent.owners",
					"consent.ownersAgreeing", "consent.area", "consent.areaAgreeing", "obligationsAccepted", "note");
	}

	@Test
	void agreeingBeyondTheTotalIsRefusedByNumberAndByArea() {
		FieldCheck check = new FieldCheck();
		Application.check(List.of("ROADS"), 120, 121, new BigDecimal("8000"), new BigDecimal("8000.01"), true, null,
				catalogue, check);

		assertThat(check.problems()).extracting(FieldProblem::field)
			.containsExactly("consent.ownersAgreeing", "consent.areaAgreeing");
		assertThat(check.problems().get(0).reason()).contains("120", "121");
	}

	@Test
	void anApplicationWithoutItemsOrConsentIsRefused() {
		FieldCheck check = new FieldCheck();
		Application.check(List.of(), null, null, null, null, true, null, catalogue, check);

		assertThat(check.problems()).extracting(FieldProblem::field).containsExactly("items", "consent");
	}

	@Test
	void theCatalogueHoldsThePlansBasicCompleteAndUpgradeItemsMarkingThePipelineOnes() {
		assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(35);
		assertThat(catalogue.find("WATER_SUPPLY")).hasValueSatisfying(item -> {
			assertThat(item.name()).isEqualTo("供水");
			assertThat(item.itemClass()).isEqualTo(ItemClass.BASIC);
			assertThat(item.touchesUtility()).isTrue();
		});
		assertThat(catalogue.find("ELEVATOR_ADDITION")).hasValueSatisfying(item -> {
			assertThat(item.itemClass()).isEqualTo(ItemClass.COMPLETE);
			assertThat(item.touchesUtility()).isFalse();
		});
		assertThat(catalogue.find("ELDERLY_CARE").orElseThrow().itemClass()).isEqualTo(ItemClass.UPGRADE);
		assertThat(catalogue.all()).extracting(RenovationItem::itemClass).contains(ItemClass.values());
		assertThat(catalogue.all()).filteredOn(RenovationItem::touchesUtility)
			.extracting(RenovationItem::code)
			.contains("DRAINAGE", "POWER_SUPPLY", "GAS_SUPPLY", "HEATING", "FIBRE_TO_THE_HOME", "OVERHEAD_LINES")
			.doesNotContain("ROADS", "GREENING", "SEISMIC_REINFORCEMENT");
	}

	@Test
	void aCatalogueWithARepeatedCodeOrAnUnknownClassIsRefusedNamingTheLine() {
		String header = "code,name,englishName,itemClass,touchesUtility\n";
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> RenovationItemCatalogue
			.read(new java.io.StringReader(header + "A,甲,A,BASIC,true\nA,甲,A,BASIC,true\n")))
			.hasMessageContaining("line 3");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> RenovationItemCatalogue
			.read(new java.io.StringReader(header + "A,甲,A,LUXURY,true\n")))
			.hasMessageContaining("line 2");
	}

}
