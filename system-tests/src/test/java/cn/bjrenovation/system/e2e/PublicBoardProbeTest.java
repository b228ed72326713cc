package cn.bjrenovation.system.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.bjrenovation.localstack.RenovationWalk;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Operation;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public notice board (公示栏) probed from outside, without a token, against the running suite: a project brought
 * to PLANNED by {@link RenovationWalk} is on it; a community whose project is only APPLIED reads exactly like one that
 * does not exist; every other route of the policy answers 401; path tricks never reach anything else; no answer
 * carries consent, owners' or people's fields or the id of an unpublished object; and beyond the public rate limit an
 * address gets 429 problem+json. Runs just before the suite stops: its flood spends this address's allowances.
 */
@Order(Integer.MAX_VALUE - 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicBoardProbeTest {

	/** Fields of the officials' project and community records that the board must never show. */
	private static final List<String> NEVER_SHOWN = List.of("consent", "ownersAgreeing", "areaAgreeing", "owners\"",
			"obligationsAccepted", "subject", "history", "note", "builder", "households", "residents", "committeeCode",
			"windowId", "projectId", "openedBy", "contributionFen", "estimatedCostFen");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static String planned;

	private static String plannedProject;

	private static String applying;

	private static String applyingName;

	private static String applyingProject;

	private static final List<String> answers = new ArrayList<>();

	@BeforeAll
	static void walkOneProjectToThePlanAndApplyForAnother() {
		SuiteClient gateway = RunningSuite.gateway();
		RenovationWalk walk = new RenovationWalk(RunningSuite.get().gatewayUrl(),
				(role, claims) -> RunningSuite.token(role, claims), System.out);
		String run = UUID.randomUUID().toString().substring(0, 6);
		planned = register(gateway, "公示已计划小区" + run);
		plannedProject = walk.applyFor(planned);
		int planYear = ThreadLocalRandom.current().nextInt(2081, 2099);
		RenovationWalk.Outcome outcome = walk.walk(plannedProject, "PLANNED", planYear);
		assertThat(outcome.status()).isEqualTo("PLANNED");
		// planning approves its design (DesignApproved): the notice shows the approved items and the project's total
		walk.approveDesign(plannedProject, planYear);
		applyingName = "公示仅申报小区" + run;
		applying = register(gateway, applyingName);
		applyingProject = walk.applyFor(applying);
	}

	@Test
	@Order(1)
	void anyoneReadsThePlannedProjectsNoticeWithoutAToken() {
		// housing hears planning's DesignApproved on its topic
		HttpResponse<String> notice = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> get("/api/public/housing/communities/" + planned + "/project"),
					answer -> answer.statusCode() != 200 || !answer.body().contains("\"approvedDesign\":null"));

		assertThat(notice.statusCode()).as(notice.body()).isEqualTo(200);
		assertThat(notice.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("public").contains("max-age=60"));
		Map<String, Object> fields = JsonPath.read(notice.body(), "$");
		assertThat(fields.keySet()).containsExactlyInAnyOrder("communityId", "communityName", "districtCode",
				"streetCode", "status", "statusLabel", "planYear", "milestones", "approvedDesign", "construction");
		assertThat(JsonPath.<String>read(notice.body(), "$.status")).isEqualTo("PLANNED");
		assertThat(notice.body()).doesNotContain(plannedProject);
		// the approved design: its items and the project's total, no money below it, nobody's name
		Map<String, Object> design = JsonPath.read(notice.body(), "$.approvedDesign");
		assertThat(design.keySet()).containsExactlyInAnyOrder("approvedOn", "totalCostFen", "items");
		assertThat(JsonPath.<Number>read(notice.body(), "$.approvedDesign.totalCostFen").longValue()).isPositive();
		List<Map<String, Object>> items = JsonPath.read(notice.body(), "$.approvedDesign.items");
		assertThat(items).isNotEmpty()
			.allSatisfy(item -> assertThat(item.keySet()).containsExactlyInAnyOrder("code", "name", "itemClass",
					"itemClassLabel"));

		HttpResponse<String> search = get("/api/public/housing/communities?q=" + encode(JsonPath.read(notice.body(),
				"$.communityName")));
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(search.body(), "$.items[*].communityId")).containsExactly(planned);

		HttpResponse<String> map = get("/api/public/housing/districts/progress");
		assertThat(map.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(map.body(), "$.districts[*].districtCode")).contains("110105");

		HttpResponse<String> works = get("/api/public/pipeline/streets/110105017/works");
		assertThat(works.statusCode()).as(works.body()).isEqualTo(200);
		assertThat(works.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("max-age=60"));
	}

	@Test
	@Order(2)
	void aCommunityWhoseProjectIsOnlyAppliedForIsNotFoundLikeOneThatDoesNotExist() {
		String nobody = UUID.randomUUID().toString();

		HttpResponse<String> unpublished = get("/api/public/housing/communities/" + applying + "/project");
		HttpResponse<String> absent = get("/api/public/housing/communities/" + nobody + "/project");

		assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(404);
		assertThat(unpublished.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(unpublished.body().replace(applying, "ID")).isEqualTo(absent.body().replace(nobody, "ID"));
		HttpResponse<String> search = get("/api/public/housing/communities?q=" + encode(applyingName));
		assertThat(JsonPath.<List<String>>read(search.body(), "$.items")).isEmpty();
	}

	/** Every route of the policy but the board's, called as the public calls: without a token. */
	@Test
	@Order(3)
	void everyOtherRouteOfThePolicyRefusesAnAnonymousCaller() {
		List<String> reached = new ArrayList<>();
		for (Operation operation : DutyPolicy.load().operations()) {
			if (operation.path() == null || operation.open()) {
				continue;
			}
			String path = operation.path().replaceAll("\\{[^}]+}", applyingProject);
			HttpResponse<String> answer = patiently(operation.method(), path);
			if (answer.statusCode() != 401) {
				reached.add(operation.id() + " " + operation.method() + " " + path + " → " + answer.statusCode());
			}
		}
		assertThat(reached).as("routes answered without a token otherwise than 401").isEmpty();
	}

	@Test
	@Order(4)
	void pathTricksNeverReachAnythingButTheBoard() {
		List<String> tricks = List.of("/api/public/../housing/projects", "/api/public/%2e%2e/housing/projects",
				"/api/public/housing/%2e%2e/%2e%2e/housing/projects/" + applyingProject,
				"/api/public/housing/communities/" + applying + "/project/../../../../housing/projects",
				"//api/housing/projects", "/api/public//housing/communities",
				"/api/public/housing/communities%2F" + applying + "%2Fproject",
				"/api/public/housing/communities/" + applying + "%2Fproject",
				"/api/public/housing/projects/" + applyingProject, "/api/public/housing/projects",
				"/api/public/housing/communities/" + applying, "/api/public/housing/communities/" + planned + "/project/",
				"/api/public/housing/communities/" + planned + "/project;x=1",
				"/api/public/housing/communities/" + applying + "/project%00", "/api/PUBLIC/housing/communities",
				"/api/public/housing/communities/" + planned + "/project%3F", "/api/public/finance/funding-plans/"
						+ applyingProject, "/api/public/housing/audit-records", "/api/public/../me",
				"/api/public/housing/communities/..%2F..%2F..%2Fhousing%2Fprojects");
		for (String trick : tricks) {
			HttpResponse<String> answer = patiently("GET", trick);
			assertThat(answer.statusCode()).as("%s → %s", trick, answer.body()).isIn(400, 401, 404);
			assertThat(answer.body()).as(trick).doesNotContain(applyingProject).doesNotContain("consent");
		}
		HttpResponse<String> write = send("POST", "/api/public/housing/communities");
		assertThat(write.statusCode()).as("a write under the public prefix needs a caller").isIn(401, 429);
	}

	@Test
	@Order(5)
	void noAnswerOfTheBoardCarriesPeopleConsentOrUnpublishedIds() {
		assertThat(answers).isNotEmpty().allSatisfy(body -> {
			assertThat(body).doesNotContain(applyingProject).doesNotContain(plannedProject);
			for (String field : NEVER_SHOWN) {
				assertThat(body).as("field %s", field).doesNotContain("\"" + field.replace("\"", "") + "\"");
			}
		});
	}

	@Test
	@Order(6)
	void beyondThePublicRateLimitAnAddressIsToldWhenToRetry() {
		HttpResponse<String> last = null;
		for (int call = 0; call < 200 && (last == null || last.statusCode() != 429); call++) {
			last = send("GET", "/api/public/housing/districts/progress");
		}

		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		assertThat(JsonPath.<Integer>read(last.body(), "$.status")).isEqualTo(429);
	}

	private static String register(SuiteClient gateway, String name) {
		SuiteClient.Answer registered = gateway.post("/api/housing/communities", RunningSuite.token("HOUSING"),
				SurveyedCommunity.inJinsong(name)
					.jsonReadyForThePool("OWNERS_COMMITTEE"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		return registered.text("$.id");
	}

	/** A board read, kept for {@link #noAnswerOfTheBoardCarriesPeopleConsentOrUnpublishedIds}. */
	private static HttpResponse<String> get(String path) {
		HttpResponse<String> answer = patiently("GET", path);
		answers.add(answer.body());
		return answer;
	}

	/**
	 * A call without a token, waiting out this address's rate limit (429, a second between tries as its Retry-After
	 * says) rather than reporting it.
	 */
	private static HttpResponse<String> patiently(String method, String path) {
		java.util.concurrent.atomic.AtomicReference<HttpResponse<String>> last = new java.util.concurrent.atomic.AtomicReference<>();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				last.set(send(method, path));
				return last.get().statusCode() != 429;
			});
		return last.get();
	}

	private static HttpResponse<String> send(String method, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningSuite.get().gatewayUrl() + path))
			.timeout(Duration.ofSeconds(30));
		if (Set.of("POST", "PUT", "PATCH").contains(method)) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
