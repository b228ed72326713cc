package cn.bjrenovation.housing.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/** Real objects for the fuzzers to aim at: a community with a building, an ownership case, an import. */
final class HousingFuzzSetup {

	static final String CHAOYANG = "110105";

	static final String JINSONG = "110105017";

	static final String HOUSING = TestInfrastructure.token("HOUSING");

	static final String DISTRICT = TestInfrastructure.token("DISTRICT", "district", CHAOYANG);

	/** The tables a refused request must leave as they were (the audit trail and outbox are written asynchronously). */
	static final List<String> TABLES = List.of("community", "building", "community_history", "building_history",
			"survey_import", "survey_import_problem", "building_appraisal", "ownership_case", "renovation_acceptance",
			"renovation_project", "project_pipeline_work", "project_item", "project_transition", "annual_plan", "annual_plan_project",
			"annual_plan_change", "construction_gate", "progress_report", "progress_item", "progress_photo",
			"journey_step",
			"annual_plan_change", "joint_acceptance", "acceptance_party", "acceptance_sign_off", "owners_vote", "vote_ballot",
			"property_trial", "property_contract", "satisfaction_survey");

	static final String STREET = TestInfrastructure.token("STREET", "street", JINSONG);

	final List<String> communities = new ArrayList<>();

	final List<String> buildings = new ArrayList<>();

	final List<String> cases = new ArrayList<>();

	final List<String> imports = new ArrayList<>();

	/** A project of {@link #applicant}'s community, applied for. */
	final List<String> projects = new ArrayList<>();

	/** Owners' votes organised on the first community by its street. */
	final List<String> votes = new ArrayList<>();

	/** The community organisation of the first community, which applied for it. */
	String applicant;

	static HousingFuzzSetup create(LocalHttp http) {
		HousingFuzzSetup setup = new HousingFuzzSetup();
		String tag = "模糊" + Surveys.unique();
		String community = id(http.post(HOUSING, Surveys.community(tag, CHAOYANG, JINSONG, 1980),
				"/api/housing/communities"));
		setup.communities.add(community);
		setup.applicant = TestInfrastructure.token("COMMUNITY_ORG", "community", community);
		setup.projects.add(id(http.post(setup.applicant, Map.of("communityId", community, "items",
				List.of(Map.of("code", "WATER_SUPPLY")), "consent",
				Map.of("owners", 120, "ownersAgreeing", 100, "area", 8000, "areaAgreeing", 6900),
				"obligationsAccepted", true), "/api/housing/projects")));
		for (int i = 0; i < 3; i++) {
			setup.votes.add(id(http.post(STREET, Map.of("communityId", community, "matter", "HIRE_PROPERTY_COMPANY",
					"question", "选聘物业", "owners", 120, "area", 8000), "/api/housing/votes")));
		}
		String building = id(http.post(HOUSING, Surveys.building("1号楼", 20000, 200),
				"/api/housing/communities/{id}/buildings", community));
		setup.buildings.add(building);
		http.put(DISTRICT, Map.of("grade", "C", "plan", "REINFORCE", "appraisedOn", "2026-02-01"),
				"/api/housing/buildings/{id}/appraisal", building);
		Map<String, Object> central = Surveys.community(tag + "央产", CHAOYANG, JINSONG, 1975);
		central.put("propertyRights", "CENTRAL_UNIT");
		String centralId = id(http.post(HOUSING, central, "/api/housing/communities"));
		setup.communities.add(centralId);
		ResponseEntity<JsonNode> created = http.post(HOUSING,
				Map.of("communityId", centralId, "kind", "CENTRAL_UNIT", "ownerName", "某部委"),
				"/api/housing/ownership-cases");
		if (created.getStatusCode().value() == 201) {
			setup.cases.add(created.getBody().get("id").asText());
		}
		ResponseEntity<JsonNode> started = http.post(DISTRICT, MediaType.parseMediaType("text/csv; charset=utf-8"),
				Surveys.COMMUNITY_HEADER + "\n" + Surveys.communityRow(tag + "导入", CHAOYANG, JINSONG, 1981) + "\n",
				"/api/housing/survey-imports/communities");
		String location = started.getHeaders().getLocation().toString();
		setup.imports.add(location.substring(location.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !"RUNNING".equals(http.get(DISTRICT, location).getBody().get("status").asText()));
		return setup;
	}

	private static String id(ResponseEntity<JsonNode> created) {
		if (created.getStatusCode().value() != 201) {
			throw new IllegalStateException("fuzz setup could not create: " + created);
		}
		return created.getBody().get("id").asText();
	}

}
