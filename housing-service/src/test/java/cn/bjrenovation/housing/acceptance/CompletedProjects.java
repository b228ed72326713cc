package cn.bjrenovation.housing.acceptance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.housing.project.application.AdvancingProject;
import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects of fresh communities on 劲松街道 brought to where the later stages begin: applied for, reviewed, reserved
 * and planned over housing's REST, then started and completed by the construction moves (taken here as the
 * construction feature takes them, until its REST lands). Needs {@code StandInFinance} for the plan.
 */
public final class CompletedProjects {

	public static final String CHAOYANG = "110105";

	public static final String JINSONG = "110105017";

	/** The year the test plans its projects into: far out, so no other test's plan meets it. */
	private static final int YEAR = 2097 + ThreadLocalRandom.current().nextInt(0, 4);

	private static final String PROJECTS = "/api/housing/projects";

	private final LocalHttp http;

	private final AdvancingProject advancing;

	private final TransactionTemplate transactions;

	public CompletedProjects(LocalHttp http, AdvancingProject advancing, TransactionTemplate transactions) {
		this.http = http;
		this.advancing = advancing;
		this.transactions = transactions;
	}

	public record Completed(String projectId, String communityId) {
	}

	/** A fresh community on 劲松 (1985, 8,000 m², 120 households). */
	public String community() {
		Map<String, Object> survey = Surveys.community("验收小区" + Surveys.unique(), CHAOYANG, JINSONG, 1985);
		survey.put("ownersOrganisation", "OWNERS_COMMITTEE");
		survey.put("propertyServiceAgreed", true);
		survey.put("floorArea", 8000);
		ResponseEntity<JsonNode> created = http.post(TestInfrastructure.token("HOUSING"), survey,
				"/api/housing/communities");
		assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
		return created.getBody().get("id").asText();
	}

	/** A project applied for, reviewed, reserved and planned. */
	public Completed planned() {
		String community = community();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("communityId", community);
		body.put("items", List.of(Map.of("code", "WATER_SUPPLY")));
		body.put("consent", Map.of("owners", 120, "ownersAgreeing", 100, "area", 8000.0, "areaAgreeing", 6900.0));
		body.put("obligationsAccepted", true);
		body.put("note", "居民议事会已征求意见");
		ResponseEntity<JsonNode> applied = http.post(TestInfrastructure.token("COMMUNITY_ORG", "community", community),
				body, PROJECTS);
		assertThat(applied.getStatusCode().value()).as("%s", applied.getBody()).isEqualTo(201);
		String id = applied.getBody().get("id").asText();
		review(TestInfrastructure.token("STREET", "street", JINSONG), id, "street-review", "ACCEPT");
		review(TestInfrastructure.token("DISTRICT", "district", CHAOYANG), id, "district-review", "ACCEPT");
		review(TestInfrastructure.token("HOUSING"), id, "municipal-decision", "APPROVE");
		plan(id);
		return new Completed(id, community);
	}

	/** A project planned, then started and completed. */
	public Completed completed() {
		Completed planned = planned();
		advance(planned.projectId(), ProjectAction.START_CONSTRUCTION);
		advance(planned.projectId(), ProjectAction.COMPLETE_CONSTRUCTION);
		return planned;
	}

	/** Moves the project as the district of 朝阳 would, in a transaction of its own. */
	public void advance(String projectId, ProjectAction action) {
		Caller district = new Caller("district-chaoyang", Role.DISTRICT, CHAOYANG, null, null, null);
		transactions.executeWithoutResult(status -> advancing.advanceAfter(district,
				new Actor(district.subject(), "DISTRICT", "district=" + CHAOYANG), new ProjectId(java.util.UUID.fromString(projectId)),
				action, List.of()));
	}

	private void plan(String id) {
		ResponseEntity<JsonNode> compiled = http.post(TestInfrastructure.token("HOUSING"),
				Map.of("year", YEAR, "projectIds", List.of(id)), "/api/housing/annual-plans");
		if (compiled.getStatusCode().value() == 409) {
			compiled = http.post(TestInfrastructure.token("HOUSING"),
					Map.of("add", List.of(id), "remove", List.of(), "reasons", List.of("补充项目")),
					"/api/housing/annual-plans/{year}/adjustments", YEAR);
		}
		assertThat(compiled.getStatusCode().value()).as("%s", compiled.getBody()).isBetween(200, 201);
	}

	private void review(String token, String id, String step, String decision) {
		ResponseEntity<JsonNode> moved = http.post(token, Map.of("decision", decision, "reasons", List.of()),
				PROJECTS + "/{id}/" + step, id);
		assertThat(moved.getStatusCode().value()).as("%s %s", step, moved.getBody()).isEqualTo(200);
	}

}
