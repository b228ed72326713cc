package cn.bjrenovation.housing.project.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.bjrenovation.housing.project.domain.ProjectFixtures.APPLICANT;
import static cn.bjrenovation.housing.project.domain.ProjectFixtures.DISTRICT;
import static cn.bjrenovation.housing.project.domain.ProjectFixtures.HOUSING;
import static cn.bjrenovation.housing.project.domain.ProjectFixtures.NOW;
import static cn.bjrenovation.housing.project.domain.ProjectFixtures.STREET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenovationProjectTest {

	@Test
	void applicationStartsTheProjectAppliedWithItsApplicantRecorded() {
		RenovationProject project = ProjectFixtures.applied();

		assertThat(project.status()).isEqualTo(ProjectStatus.APPLIED);
		assertThat(project.version()).isEqualTo(1);
		Transition applied = project.last();
		assertThat(applied.action()).isEqualTo(ProjectAction.APPLY);
		assertThat(applied.from()).isNull();
		assertThat(applied.actor()).isEqualTo(APPLICANT);
		assertThat(applied.at()).isEqualTo(NOW);
		assertThat(project.application().classes()).containsExactlyInAnyOrder(ItemClass.BASIC, ItemClass.COMPLETE,
				ItemClass.UPGRADE);
	}

	@Test
	void movesFromApplicationToThePlanRecordingEveryStep() {
		RenovationProject planned = ProjectFixtures.reserved().plan(2026, HOUSING, NOW.plusSeconds(240));

		assertThat(planned.status()).isEqualTo(ProjectStatus.PLANNED);
		assertThat(planned.planYear()).isEqualTo(2026);
		assertThat(planned.history()).extracting(Transition::action)
			.containsExactly(ProjectAction.APPLY, ProjectAction.STREET_ACCEPT, ProjectAction.DISTRICT_ACCEPT,
					ProjectAction.MUNICIPAL_APPROVE, ProjectAction.PLAN);
		assertThat(planned.history()).extracting(Transition::to)
			.containsExactly(ProjectStatus.APPLIED, ProjectStatus.STREET_ACCEPTED, ProjectStatus.DISTRICT_ACCEPTED,
					ProjectStatus.RESERVED, ProjectStatus.PLANNED);
		assertThat(planned.history()).extracting(Transition::sequence).containsExactly(1, 2, 3, 4, 5);
		assertThat(planned.history()).extracting(transition -> transition.actor().role())
			.containsExactly("COMMUNITY_ORG", "STREET", "DISTRICT", "HOUSING", "HOUSING");
		assertThat(planned.last().year()).isEqualTo(2026);
		assertThat(planned.history().get(1).from()).isEqualTo(ProjectStatus.APPLIED);
	}

	@Test
	void aMoveLeavesTheProjectItStartedFromUnchanged() {
		RenovationProject applied = ProjectFixtures.applied();

		applied.reviewAtStreet(ReviewDecision.ACCEPT, STREET, NOW, List.of());

		assertThat(applied.status()).isEqualTo(ProjectStatus.APPLIED);
		assertThat(applied.version()).isEqualTo(1);
	}

	@Test
	void streetReturnsWithReasonsAndTheApplicantResubmitsAChangedApplication() {
		RenovationProject returned = ProjectFixtures.applied()
			.reviewAtStreet(ReviewDecision.RETURN, STREET, NOW, List.of(" 同意户数统计缺少3号楼 "));

		assertThat(returned.status()).isEqualTo(ProjectStatus.RETURNED);
		assertThat(returned.last().reasons()).containsExactly("同意户数统计缺少3号楼");
		assertThat(returned.last().action().level()).isEqualTo(ProjectAction.ReviewLevel.STREET_REVIEW);

		RenovationProject resubmitted = returned.resubmit(ProjectFixtures.application("WATER_SUPPLY", "DRAINAGE"), APPLICANT,
				NOW.plusSeconds(60), List.of("补充3号楼"));

		assertThat(resubmitted.status()).isEqualTo(ProjectStatus.APPLIED);
		assertThat(resubmitted.application().items()).extracting(RenovationItem::code)
			.containsExactly("WATER_SUPPLY", "DRAINAGE");
		assertThat(returned.application().items()).hasSize(3);
		assertThat(resubmitted.last().action()).isEqualTo(ProjectAction.RESUBMIT);
		assertThat(resubmitted.last().from()).isEqualTo(ProjectStatus.RETURNED);
	}

	@Test
	void districtAndJointConferenceReturnWithReasonsToo() {
		RenovationProject streetAccepted = ProjectFixtures.applied().reviewAtStreet(ReviewDecision.ACCEPT, STREET, NOW, List.of());

		RenovationProject byDistrict = streetAccepted.reviewAtDistrict(ReviewDecision.RETURN, DISTRICT, NOW,
				List.of("与本区年度计划重复"));
		RenovationProject byConference = ProjectFixtures.districtAccepted()
			.decideMunicipally(MunicipalDecision.RETURN, ProjectFixtures.jinsongNorth(false, false), HOUSING, NOW,
					List.of("改造内容需补充抗震加固"));

		assertThat(byDistrict.status()).isEqualTo(ProjectStatus.RETURNED);
		assertThat(byDistrict.last().action().level()).isEqualTo(ProjectAction.ReviewLevel.DISTRICT_REVIEW);
		assertThat(byConference.status()).isEqualTo(ProjectStatus.RETURNED);
		assertThat(byConference.last().action()).isEqualTo(ProjectAction.MUNICIPAL_RETURN);
	}

	@Test
	void rejectsAReturnWithoutReasons() {
		RenovationProject applied = ProjectFixtures.applied();

		assertThatThrownBy(() -> applied.reviewAtStreet(ReviewDecision.RETURN, STREET, NOW, List.of()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field)
				.containsExactly("reasons"));
		assertThatThrownBy(() -> applied.withdraw(APPLICANT, NOW, null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void rejectsReasonsThatAreNotPlainTextNamingEach() {
		RenovationProject applied = ProjectFixtures.applied();

		assertThatThrownBy(() -> applied.reviewAtStreet(ReviewDecision.RETURN, STREET, NOW,
				List.of("=HYPERLINK(\"x\")", "ok", " ", "a".repeat(501))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field)
				.containsExactly("reasons[0]", "reasons[2]", "reasons[3]"));
	}

	@Test
	void rejectsMoreThanTwentyReasons() {
		assertThatThrownBy(() -> ProjectFixtures.applied().reviewAtStreet(ReviewDecision.RETURN, STREET, NOW,
				Collections.nCopies(21, "理由")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("at most 20");
	}

	@Test
	void reserveEntryNeedsBothAnOwnersOrganisationAndAPropertyCompanyNamingWhatIsMissing() {
		RenovationProject accepted = ProjectFixtures.districtAccepted();

		assertThatThrownBy(() -> accepted.decideMunicipally(MunicipalDecision.APPROVE,
				ProjectFixtures.jinsongNorth(false, false), HOUSING, NOW, List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("reserve-pool-entry")
			.hasMessageContaining("§三(一)")
			.hasMessageContaining("owners' committee or property-management committee")
			.hasMessageContaining("property company and service standard");
		assertThatThrownBy(() -> accepted.decideMunicipally(MunicipalDecision.APPROVE,
				ProjectFixtures.jinsongNorth(true, false), HOUSING, NOW, List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageNotContaining("owners' committee")
			.hasMessageContaining("property company and service standard");
		assertThatThrownBy(() -> accepted.decideMunicipally(MunicipalDecision.APPROVE,
				ProjectFixtures.jinsongNorth(false, true), HOUSING, NOW, List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("owners' committee")
			.hasMessageNotContaining("property company");
		assertThat(accepted.status()).isEqualTo(ProjectStatus.DISTRICT_ACCEPTED);
	}

	@Test
	void approvalFromAnyOtherStatusIsRefusedBeforeThePoolRuleNamingTheCurrentStatus() {
		assertThatThrownBy(() -> ProjectFixtures.applied().decideMunicipally(MunicipalDecision.APPROVE,
				ProjectFixtures.jinsongNorth(false, false), HOUSING, NOW, List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("is APPLIED")
			.hasMessageContaining("only from DISTRICT_ACCEPTED");
	}

	@Test
	void nothingMovesBackwardsOrSkipsAReview() {
		RenovationProject applied = ProjectFixtures.applied();
		RenovationProject reserved = ProjectFixtures.reserved();

		assertThatThrownBy(() -> applied.reviewAtDistrict(ReviewDecision.ACCEPT, DISTRICT, NOW, List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("is APPLIED");
		assertThatThrownBy(() -> reserved.reviewAtStreet(ReviewDecision.ACCEPT, STREET, NOW, List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("is RESERVED");
		assertThatThrownBy(() -> applied.resubmit(ProjectFixtures.application("ROADS"), APPLICANT, NOW, List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("only from RETURNED");
		assertThatThrownBy(() -> applied.plan(2026, HOUSING, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void withdrawalClosesTheProjectFromAnyStatusBeforeThePlanButNotAfter() {
		RenovationProject withdrawn = ProjectFixtures.reserved().withdraw(APPLICANT, NOW, List.of("业主意见变化"));

		assertThat(withdrawn.status()).isEqualTo(ProjectStatus.WITHDRAWN);
		assertThat(withdrawn.status().closed()).isTrue();
		assertThatThrownBy(() -> withdrawn.withdraw(APPLICANT, NOW, List.of("再次"))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("is WITHDRAWN");
		assertThatThrownBy(() -> withdrawn.resubmit(ProjectFixtures.application("ROADS"), APPLICANT, NOW, List.of()))
			.isInstanceOf(ConflictException.class);
		RenovationProject planned = ProjectFixtures.reserved().plan(2026, HOUSING, NOW);
		assertThatThrownBy(() -> planned.withdraw(APPLICANT, NOW, List.of("业主意见变化")))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("is PLANNED");
	}

	@Test
	void anAdjustmentTakesAPlannedProjectBackToThePoolWithReasonsAndAnotherAddsIt() {
		RenovationProject planned = ProjectFixtures.reserved().plan(2026, HOUSING, NOW);

		RenovationProject out = planned.adjustOutOfPlan(HOUSING, NOW, List.of("财政承受能力调整"));
		assertThat(out.status()).isEqualTo(ProjectStatus.RESERVED);
		assertThat(out.planYear()).isNull();
		assertThat(out.last().year()).isEqualTo(2026);
		assertThatThrownBy(() -> planned.adjustOutOfPlan(HOUSING, NOW, List.of())).isInstanceOf(InvalidInputException.class);

		RenovationProject in = out.adjustIntoPlan(2027, HOUSING, NOW, List.of("列入2027年计划"));
		assertThat(in.status()).isEqualTo(ProjectStatus.PLANNED);
		assertThat(in.planYear()).isEqualTo(2027);
		assertThat(in.last().action().eventType()).isEqualTo("AnnualPlanAdjusted");
	}

	@Test
	void aCommunityBuiltIn2000OrLaterOrRetiredCannotApply() {
		ProjectCommunity good = ProjectFixtures.readyForThePool();
		ProjectCommunity recent = new ProjectCommunity(good.id(), good.name(), good.districtCode(), good.streetCode(),
				good.committee(), 2003, good.floorArea(), true, true, false);
		ProjectCommunity retired = new ProjectCommunity(good.id(), good.name(), good.districtCode(), good.streetCode(),
				good.committee(), 1978, good.floorArea(), true, true, true);

		assertThatThrownBy(() -> RenovationProject.apply(ProjectId.newId(), recent, ProjectFixtures.application("ROADS"),
				APPLICANT, NOW, List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("built-before-2000")
			.hasMessageContaining("2003");
		assertThatThrownBy(() -> RenovationProject.apply(ProjectId.newId(), retired, ProjectFixtures.application("ROADS"),
				APPLICANT, NOW, List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("retired");
	}

	@Test
	void consentAreaBeyondTheCommunitysFloorAreaIsRefused() {
		ProjectCommunity small = new ProjectCommunity(new CommunityId(java.util.UUID.randomUUID()), "小区", "110105",
				"110105017", null, 1985, new BigDecimal("5000"), true, true, false);

		assertThatThrownBy(() -> RenovationProject.apply(ProjectId.newId(), small, ProjectFixtures.application("ROADS"),
				APPLICANT, NOW, List.of()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field)
				.containsExactly("consent.area"));
	}

	/** The table is the whole machine: from every status, exactly the actions its rows list are allowed. */
	@ParameterizedTest
	@EnumSource(ProjectAction.class)
	void everyActionIsRefusedFromEveryStatusItsRowDoesNotList(ProjectAction action) {
		Set<ProjectStatus> refused = EnumSet.complementOf(EnumSet.copyOf(withAtLeastOne(action.from())));
		if (action.from().isEmpty()) {
			refused = EnumSet.allOf(ProjectStatus.class);
		}
		for (ProjectStatus status : refused) {
			assertThat(action.allowedFrom(status)).as(action + " from " + status).isFalse();
		}
		assertThat(action.reasonsRequired()).isEqualTo(action.name().contains("RETURN")
				|| action == ProjectAction.WITHDRAW || action.name().startsWith("ADJUST"));
		assertThat(action.eventType()).matches("(Project|AnnualPlan)[A-Z][a-z]+|Construction[A-Z][a-z]+"
				+ "|JointAcceptancePassed|LongTermManagementStarted");
		assertThat(action.operation()).startsWith("housing.");
	}

	@Test
	void noActionLeavesAClosedProject() {
		for (ProjectAction action : ProjectAction.values()) {
			assertThat(action.from()).as(action.name()).noneMatch(ProjectStatus::closed);
		}
	}

	@Test
	void everyStatusButTheClosedOnesHasAWayOnOrOut() {
		List<ProjectStatus> stuck = new ArrayList<>();
		for (ProjectStatus status : ProjectStatus.values()) {
			boolean leaves = List.of(ProjectAction.values()).stream().anyMatch(action -> action.allowedFrom(status));
			if (!leaves && !status.closed()) {
				stuck.add(status);
			}
		}
		assertThat(stuck).isEmpty();
	}

	@Test
	void theLaterStagesMoveOnlyForwardFromTheOnesBefore() {
		assertThat(ProjectAction.START_CONSTRUCTION.from()).containsExactly(ProjectStatus.PLANNED);
		assertThat(ProjectAction.COMPLETE_CONSTRUCTION.from()).containsExactly(ProjectStatus.CONSTRUCTION_STARTED);
		assertThat(ProjectAction.PASS_ACCEPTANCE.from()).containsExactly(ProjectStatus.CONSTRUCTION_COMPLETED);
		assertThat(ProjectAction.START_LONG_TERM_MANAGEMENT.from()).containsExactly(ProjectStatus.ACCEPTED);
		assertThat(ProjectStatus.LONG_TERM_MANAGED.closed()).isTrue();
	}

	private static Set<ProjectStatus> withAtLeastOne(Set<ProjectStatus> statuses) {
		return statuses.isEmpty() ? EnumSet.of(ProjectStatus.APPLIED) : statuses;
	}

}
