package cn.bjrenovation.planning.design.domain;

import cn.bjrenovation.platform.content.MediaTypes;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's rules on design cases, without Spring: life cycle, one-shot review, historic districts, illegal construction, permits. */
class DesignCaseRulesTest {

	private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

	private static final Actor PLANNER = new Actor("planner-li", "PLANNER", "street=110105017");

	private static final Actor OFFICIAL = new Actor("planning-wang", "PLANNING", "");

	private static final DesignCatalogue CATALOGUE = DesignCatalogue.read(resource("reference/renovation-items.csv"),
			resource("reference/design-item-rules.csv"));

	private static final HistoricDistrictRules HISTORIC = HistoricDistrictRules
		.read(resource("reference/historic-district-forbidden-items.csv"), CATALOGUE);

	private static DesignProject project(boolean historic) {
		return new DesignProject(new ProjectId(UUID.randomUUID()), new CommunityId(UUID.randomUUID()), "劲松北社区",
				new DistrictCode("110105"), new StreetCode("110105017"), 2026, historic, 5);
	}

	private static DesignItem item(String code, long costFen) {
		CatalogueItem item = CATALOGUE.find(code).orElseThrow();
		return new DesignItem(code, item.name(), item.itemClass(), new BigDecimal("120"), "米", costFen, item.utility(),
				null, null);
	}

	private static SchemeDraft draft(List<DesignItem> items, String historicKeeping) {
		return new SchemeDraft(items, false, false, historicKeeping, "改造方案", List.of());
	}

	private static DesignCase submitted(List<DesignItem> items) {
		return DesignCase.open(project(false), Actor.service("planning-service"), AT)
			.submit(draft(items, null), List.of(), HISTORIC, PLANNER, AT);
	}

	@Test
	void aCaseOpensSubmitsReturnsResubmitsAndIsApprovedKeepingEveryVersion() {
		DesignCase returned = submitted(List.of(item("GAS_SUPPLY", 100_000), item("WATER_SUPPLY", 200_000)))
			.returnWith(List.of(new ReviewComment("item:GAS_SUPPLY", "管径不足")), OFFICIAL, AT);
		DesignCase approved = returned
			.submit(draft(List.of(item("GAS_SUPPLY", 150_000), item("WATER_SUPPLY", 200_000)), null), List.of(),
					HISTORIC, PLANNER, AT)
			.approve(List.of(), OFFICIAL, AT);

		assertThat(approved.status()).isEqualTo(DesignCaseStatus.APPROVED);
		assertThat(approved.schemes()).extracting(DesignScheme::version).containsExactly(1, 2);
		assertThat(approved.schemes().get(0).review().comments()).extracting(ReviewComment::part)
			.containsExactly("item:GAS_SUPPLY");
		assertThat(approved.schemes().get(1).changedParts()).containsExactly("item:GAS_SUPPLY");
		assertThat(approved.current().orElseThrow().totalCostFen()).isEqualTo(350_000);
		assertThat(approved.history()).extracting(CaseTransition::action)
			.containsExactly(DesignAction.OPEN_CASE, DesignAction.SUBMIT, DesignAction.RETURN, DesignAction.SUBMIT,
					DesignAction.APPROVE);
		assertThat(approved.version()).isEqualTo(5);
	}

	@Test
	void aNewCommentOnAPartUnchangedSinceTheLastVersionIsRefusedNamingRuleA3_8() {
		DesignCase resubmitted = submitted(List.of(item("GAS_SUPPLY", 100_000), item("WATER_SUPPLY", 200_000)))
			.returnWith(List.of(new ReviewComment("item:GAS_SUPPLY", "管径不足")), OFFICIAL, AT)
			.submit(draft(List.of(item("GAS_SUPPLY", 150_000), item("WATER_SUPPLY", 200_000)), null), List.of(),
					HISTORIC, PLANNER, AT);

		assertThatThrownBy(() -> resubmitted.returnWith(List.of(new ReviewComment("item:GAS_SUPPLY", "仍不足"),
				new ReviewComment("item:WATER_SUPPLY", "新意见")), OFFICIAL, AT))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.rule()).isEqualTo("A3-8 一次性提出审查意见");
				assertThat(ex.field()).isEqualTo("comments[1].part");
				assertThat(ex.getMessage()).contains("item:WATER_SUPPLY", "unchanged since version 1");
			});
	}

	@Test
	void aResubmissionMayBeCommentedOnWhereItChangedOrWhereAnEarlierReviewCommented() {
		DesignCase resubmitted = submitted(List.of(item("GAS_SUPPLY", 100_000), item("WATER_SUPPLY", 200_000)))
			.returnWith(List.of(new ReviewComment("summary", "说明不全")), OFFICIAL, AT)
			.submit(draft(List.of(item("GAS_SUPPLY", 150_000), item("WATER_SUPPLY", 200_000)), null), List.of(),
					HISTORIC, PLANNER, AT);

		DesignCase again = resubmitted.returnWith(
				List.of(new ReviewComment("item:GAS_SUPPLY", "造价偏高"), new ReviewComment("summary", "仍未补全")),
				OFFICIAL, AT);

		assertThat(again.status()).isEqualTo(DesignCaseStatus.RETURNED);
	}

	@Test
	void aReturnWithoutCommentsOrOnAPartTheSchemeLacksIsRefused() {
		DesignCase underReview = submitted(List.of(item("GAS_SUPPLY", 100_000)));

		assertThatThrownBy(() -> underReview.returnWith(List.of(), OFFICIAL, AT))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("comments"));
		assertThatThrownBy(() -> underReview.returnWith(List.of(new ReviewComment("item:ELEVATOR_ADDITION", "x")),
				OFFICIAL, AT))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("comments[0].part"));
	}

	@Test
	void aResubmissionThatChangesNothingIsRefused() {
		DesignCase returned = submitted(List.of(item("GAS_SUPPLY", 100_000)))
			.returnWith(List.of(new ReviewComment("item:GAS_SUPPLY", "管径不足")), OFFICIAL, AT);

		assertThatThrownBy(() -> returned.submit(draft(List.of(item("GAS_SUPPLY", 100_000)), null), List.of(), HISTORIC,
				PLANNER, AT))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("changes nothing");
	}

	@Test
	void movesTheTableDoesNotListAreRefusedNamingTheCurrentStatus() {
		DesignCase open = DesignCase.open(project(false), Actor.service("planning-service"), AT);

		assertThatThrownBy(() -> open.approve(List.of(), OFFICIAL, AT)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("is OPEN", "APPROVE is allowed only from SUBMITTED");
		DesignCase approved = submitted(List.of(item("GAS_SUPPLY", 1))).approve(List.of(), OFFICIAL, AT);
		assertThatThrownBy(() -> approved.submit(draft(List.of(item("GAS_SUPPLY", 2)), null), List.of(), HISTORIC,
				PLANNER, AT))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("is APPROVED");
	}

	@Test
	void aSuspendedCaseReopensAndAClosedOneStaysClosed() {
		DesignCase open = DesignCase.open(project(false), Actor.service("planning-service"), AT);
		DesignCase suspended = open.suspend(open.project(), Actor.service("planning-service"), AT, List.of("调出计划"));

		assertThat(suspended.status()).isEqualTo(DesignCaseStatus.SUSPENDED);
		assertThat(suspended.reopen(open.project(), Actor.service("planning-service"), AT, List.of()).status())
			.isEqualTo(DesignCaseStatus.OPEN);
		DesignCase closed = suspended.close(open.project(), Actor.service("planning-service"), AT, List.of("撤回"));
		assertThat(closed.allows(DesignAction.REOPEN)).isFalse();
	}

	@Test
	void aHistoricDistrictSchemeMustStateHowItKeepsFacadesAndMayNotHoldAForbiddenItem() {
		DesignCase open = DesignCase.open(project(true), Actor.service("planning-service"), AT);

		assertThatThrownBy(() -> open.submit(draft(List.of(item("GAS_SUPPLY", 1)), null), List.of(), HISTORIC, PLANNER, AT))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.rule()).isEqualTo(DesignCase.HISTORIC_RULE);
				assertThat(ex.field()).isEqualTo("historicKeeping");
			});
		assertThatThrownBy(() -> open.submit(draft(List.of(item("GAS_SUPPLY", 1), item("SOLAR_PV", 1)), "保持青砖灰瓦"),
				List.of(), HISTORIC, PLANNER, AT))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.rule()).isEqualTo(DesignCase.HISTORIC_RULE);
				assertThat(ex.field()).isEqualTo("items[1].code");
				assertThat(ex.getMessage()).contains("SOLAR_PV");
			});
		assertThat(open.submit(draft(List.of(item("GAS_SUPPLY", 1)), "保持青砖灰瓦"), List.of(), HISTORIC, PLANNER, AT)
			.status()).isEqualTo(DesignCaseStatus.SUBMITTED);
	}

	@Test
	void anOpenIllegalConstructionHoldsUpApprovalUnlessTheSchemeDemolishesIt() {
		UUID determination = UUID.randomUUID();
		DesignCase plain = submitted(List.of(item("GAS_SUPPLY", 1)));

		assertThatThrownBy(() -> plain.approve(List.of(determination), OFFICIAL, AT))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.rule()).isEqualTo(DesignCase.ILLEGAL_CONSTRUCTION_RULE);
				assertThat(ex.getMessage()).contains(determination.toString());
			});
		DesignItem demolition = new DesignItem(DesignCatalogue.DEMOLITION.code(), DesignCatalogue.DEMOLITION.name(),
				ItemClass.BASIC, BigDecimal.ONE, "项", 50_000, null, null, determination);
		assertThat(submitted(List.of(item("GAS_SUPPLY", 1), demolition)).approve(List.of(determination), OFFICIAL, AT)
			.status()).isEqualTo(DesignCaseStatus.APPROVED);
	}

	@Test
	void permitsFollowTheItemAndTheSchemesDeclaredChanges() {
		DesignScheme unchanged = new DesignScheme(1, List.of(item("GAS_SUPPLY", 1), item("ELEVATOR_ADDITION", 1)), false,
				false, null, "s", List.of(), List.of(), java.util.Set.of(), "p", AT, null);
		DesignScheme changing = new DesignScheme(1, unchanged.items(), false, true, null, "s", List.of(), List.of(),
				java.util.Set.of(), "p", AT, null);

		assertThat(PermitRules.suggest(CATALOGUE, unchanged, AT)).extracting(ItemPermit::determination)
			.containsExactly(PermitDetermination.NONE, PermitDetermination.NOTIFICATION_COMMITMENT);
		assertThat(PermitRules.suggest(CATALOGUE, changing, AT)).extracting(ItemPermit::determination)
			.containsExactly(PermitDetermination.NONE, PermitDetermination.FULL_PROCEDURE);
		assertThat(PermitRules.suggest(CATALOGUE, changing, AT).get(1).reason()).contains("A3-8.2");
	}

	@Test
	void planningsCatalogueGivesEveryPipelineItemItsUtility() {
		assertThat(CATALOGUE.find("GAS_SUPPLY").orElseThrow().utility()).isEqualTo(UtilityKind.GAS);
		assertThat(CATALOGUE.find("OVERHEAD_LINES").orElseThrow().utility()).isEqualTo(UtilityKind.OVERHEAD_LINES);
		assertThat(CATALOGUE.find("FIBRE_TO_THE_HOME").orElseThrow().utility()).isEqualTo(UtilityKind.FIBRE);
		assertThat(CATALOGUE.find("GREENING").orElseThrow().utility()).isNull();
		assertThatThrownBy(() -> DesignCatalogue.read(new java.io.StringReader("code,name,englishName,itemClass,touchesUtility\nGAS_SUPPLY,供气,Gas,BASIC,true\n"),
				new java.io.StringReader("code,utility,notificationCommitment,buildsStructure\nGAS_SUPPLY,,false,false\n")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("GAS_SUPPLY");
	}

	@Test
	void fileTypesAreToldFromTheirContent() {
		assertThat(MediaTypes.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(MediaTypes.PDF);
		assertThat(MediaTypes.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 }))
			.contains(MediaTypes.PNG);
		assertThat(MediaTypes.sniff(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }))
			.contains(MediaTypes.JPEG);
		assertThat(MediaTypes.sniff("AC1032\0\0".getBytes(StandardCharsets.US_ASCII))).contains(MediaTypes.DWG);
		assertThat(MediaTypes.sniff("  0\nSECTION\n  2\nHEADER\n".getBytes(StandardCharsets.US_ASCII)))
			.contains(MediaTypes.DXF);
		assertThat(MediaTypes.sniff("MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(MediaTypes.agrees("application/pdf", MediaTypes.PDF)).isTrue();
		assertThat(MediaTypes.agrees("image/png", MediaTypes.PDF)).isFalse();
		assertThat(MediaTypes.agrees("application/acad", MediaTypes.DWG)).isTrue();
	}

	private static InputStreamReader resource(String name) {
		return new InputStreamReader(Objects.requireNonNull(DesignCaseRulesTest.class.getClassLoader().getResourceAsStream(name)),
				StandardCharsets.UTF_8);
	}

}
