package cn.bjrenovation.system.e2e;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Grant;
import cn.bjrenovation.platform.policy.Operation;
import cn.bjrenovation.platform.policy.Scope;
import cn.bjrenovation.system.e2e.SuiteClient.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The Annex 2 division of duties, checked end to end: every REST operation of {@code policy/duties.yml} × every
 * role, through the gateway. The matrix is generated from the policy, so a grant added to or removed from the file
 * is tested without touching this class; only a new route needs a request sample ({@link #samples()}), and the
 * matrix fails until it has one.
 *
 * <p>Every call targets the same place: community A on 劲松街道 (110105017) in 朝阳 (110105). In-scope callers
 * carry claims for that place; the out-of-scope cells move the claim to 海淀 (110108), 万寿路街道 (110108001) or
 * community B there.
 */
@Order(2)
class AuthorizationMatrixTest {

	private static final String CHAOYANG = "110105";

	private static final String JINSONG = "110105017";

	private static final String HAIDIAN = "110108";

	private static final String WANSHOULU = "110108001";

	/** The planner serving 劲松 from {@link #createTargets()} on; assigning them again is a no-op. */
	private static final String PLANNER_OF_JINSONG = """
			{"plannerSubject":"dev-planner","plannerName":"矩阵规划师"}""";

	private static final Duration PROPAGATION = Duration.ofSeconds(30);

	private static final DutyPolicy POLICY = DutyPolicy.load();

	private static SuiteClient gateway;

	/** Community A: 朝阳, 劲松街道 — the target of every call. */
	private static String communityA;

	/** Community B: 海淀, 万寿路街道 — where out-of-scope claims point. */
	private static String communityB;

	/** A fiscal year with a budget line, so fiscal-capacity reads answer for real. */
	private static int year;

	/**
	 * How a call outside the caller's scope must be refused. Writes are refused naming the operation; reads answer
	 * 404 exactly like an unknown id, so ids outside one's scope cannot be probed.
	 */
	enum OutOfScope {

		FORBIDDEN(403), NOT_FOUND(404),
		/** The operation acts on no object (e.g. the caller itself), so no claim can point away from it. */
		NO_OBJECT(-1);

		final int status;

		OutOfScope(int status) {
			this.status = status;
		}

	}

	/**
	 * One concrete request for an operation.
	 * @param pathVariables values for the route's {@code {vars}}
	 * @param body JSON body from a marker unique to the call (so a refused write can be looked for), or null
	 * @param allowedStatus what a caller holding the duty, in scope, gets
	 * @param outOfScope how a scoped caller outside the target's place is refused
	 * @param leavesNoTrace for a write: asserts that nothing carrying the marker came to exist
	 */
	record Sample(Map<String, String> pathVariables, Function<String, String> body, int allowedStatus,
			OutOfScope outOfScope, Consumer<String> leavesNoTrace) {

		static Sample read(Map<String, String> pathVariables, OutOfScope outOfScope) {
			return new Sample(pathVariables, null, 200, outOfScope, null);
		}

		static Sample write(Map<String, String> pathVariables, Function<String, String> body, int allowedStatus,
				OutOfScope outOfScope, Consumer<String> leavesNoTrace) {
			return new Sample(pathVariables, body, allowedStatus, outOfScope, leavesNoTrace);
		}

	}

	/**
	 * A request for every REST operation of the policy, keyed by operation id. Built after {@link #createTargets()},
	 * since the samples name the objects it creates.
	 */
	private static Map<String, Sample> samples() {
		// the out-of-scope answer is exercised only where a grant is limited to a district, street or community;
		// for the others it records what a scoped grant would have to answer
		Map<String, Sample> samples = new LinkedHashMap<>();
		samples.put("gateway.me", Sample.read(Map.of(), OutOfScope.NO_OBJECT));
		samples.put("housing.community.register",
				Sample.write(Map.of(), AuthorizationMatrixTest::communityInJinsong, 201, OutOfScope.FORBIDDEN,
						AuthorizationMatrixTest::assertNoCommunityRegisteredNamed));
		samples.put("housing.community.read", Sample.read(Map.of("communityId", communityA), OutOfScope.NOT_FOUND));
		// the trail is the joint-conference office's, city-wide; default paging
		samples.put("housing.audit.read", Sample.read(Map.of(), OutOfScope.NOT_FOUND));
		samples.put("housing.audit.verify", Sample.read(Map.of(), OutOfScope.NOT_FOUND));
		samples.put("housing.annual-plan.fiscal-capacity",
				Sample.read(Map.of("year", String.valueOf(year)), OutOfScope.NOT_FOUND));
		// finance and planning writes are city-wide duties only: no scoped caller, so no trace check is needed
		samples.put("finance.budget-line.add", Sample.write(Map.of(), marker -> """
				{"fiscalYear":%d,"source":"MUNICIPAL_BUDGET","amountFen":100,"description":"矩阵 %s"}"""
			.formatted(year, marker), 201, OutOfScope.FORBIDDEN, null));
		samples.put("finance.fiscal-capacity.read",
				Sample.read(Map.of("year", String.valueOf(year)), OutOfScope.NOT_FOUND));
		// the planner already serving the street: re-assigning them changes nothing
		samples.put("planning.planner.assign", Sample.write(Map.of("streetCode", JINSONG), marker -> PLANNER_OF_JINSONG,
				200, OutOfScope.FORBIDDEN, null));
		samples.put("planning.planner.read", Sample.read(Map.of("streetCode", JINSONG), OutOfScope.NOT_FOUND));
		samples.put("planning.community.read", Sample.read(Map.of("communityId", communityA), OutOfScope.NOT_FOUND));
		samples.put("pipeline.street-communities.list",
				Sample.read(Map.of("streetCode", JINSONG), OutOfScope.NOT_FOUND));
		return samples;
	}

	@BeforeAll
	static void createTargets() {
		gateway = RunningSuite.gateway();
		communityA = register("矩阵A-" + shortId(), CHAOYANG, JINSONG);
		communityB = register("矩阵B-" + shortId(), HAIDIAN, WANSHOULU);
		year = ThreadLocalRandom.current().nextInt(2030, 2100);
		Answer line = gateway.post("/api/finance/budget-lines", token(Role.FINANCE), """
				{"fiscalYear":%d,"source":"MUNICIPAL_BUDGET","amountFen":500000000,"description":"矩阵测试"}"""
			.formatted(year));
		assertThat(line.status()).as(line.body()).isEqualTo(201);
		Answer planner = gateway.put("/api/planning/streets/" + JINSONG + "/planner", token(Role.PLANNING),
				PLANNER_OF_JINSONG);
		assertThat(planner.status()).as(planner.body()).isEqualTo(200);

		// planning and pipeline learn of communities from housing's events: wait until both know A and B
		await().atMost(PROPAGATION).untilAsserted(() -> {
			for (String id : List.of(communityA, communityB)) {
				Answer inPlanning = gateway.get("/api/planning/communities/" + id, token(Role.PLANNING));
				assertThat(inPlanning.status()).as(inPlanning.body()).isEqualTo(200);
			}
			assertThat(communitiesListedOn(JINSONG)).contains(communityA);
			assertThat(communitiesListedOn(WANSHOULU)).contains(communityB);
		});
		// housing reads finance over gRPC; an earlier test may have left its circuit breaker open for a while
		await().atMost(PROPAGATION).untilAsserted(() -> assertThat(
				gateway.get("/api/housing/annual-plans/" + year + "/fiscal-capacity", token(Role.HOUSING)).status())
			.isEqualTo(200));
	}

	@Test
	void everyRestOperationOfThePolicyHasARequestSample() {
		Set<String> known = samples().keySet();
		assertThat(restOperations().map(Operation::id).filter(id -> !known.contains(id)))
			.as("REST operations of %s without a request sample in %s.samples()", DutyPolicy.LOCATION,
					getClass().getSimpleName())
			.isEmpty();
	}

	@Test
	void everyRequestSampleIsForAnOperationOfThePolicyAndMatchesItsRoute() {
		Map<String, Operation> operations = new LinkedHashMap<>();
		restOperations().forEach(operation -> operations.put(operation.id(), operation));
		samples().forEach((id, sample) -> {
			assertThat(operations).as("sample %s names no REST operation of the policy", id).containsKey(id);
			Operation operation = operations.get(id);
			// the sample's concrete path must be routed to this very operation, not to a neighbour
			assertThat(POLICY.forRequest(operation.method(), pathOf(operation, sample)).map(Operation::id))
				.as("%s %s", operation.method(), pathOf(operation, sample))
				.contains(id);
		});
	}

	/** Role × operation: every role, with its claims in scope of the target, through the gateway. */
	@TestFactory
	Stream<DynamicNode> everyRoleIsAllowedExactlyTheOperationsItsDutiesGrant() {
		Map<String, Sample> samples = samples();
		return restOperations().map(operation -> {
			Sample sample = samples.get(operation.id());
			if (sample == null) {
				return DynamicTest.dynamicTest(operation.id() + " has a request sample",
						() -> fail("%s has REST operation %s (%s %s) but no request sample: add one to samples()",
								DutyPolicy.LOCATION, operation.id(), operation.method(), operation.path()));
			}
			return DynamicContainer.dynamicContainer(operation.id(), Arrays.stream(Role.values())
				.map(role -> operation.grantFor(role).isPresent() ? allowedCell(operation, sample, role)
						: refusedCell(operation, sample, role)));
		});
	}

	/**
	 * Object scope: every grant limited to a district, street or community, called with the claim pointing
	 * elsewhere. The gateway lets these through (the role holds the duty); the service must refuse them.
	 */
	@TestFactory
	Stream<DynamicNode> scopedCallersAreRefusedOutsideTheirPlace() {
		Map<String, Sample> samples = samples();
		return restOperations().filter(operation -> samples.containsKey(operation.id()))
			.flatMap(operation -> operation.grants()
				.stream()
				.filter(grant -> isPlaceScoped(grant.scope()))
				.filter(grant -> samples.get(operation.id()).outOfScope() != OutOfScope.NO_OBJECT)
				.map(grant -> outOfScopeCell(operation, samples.get(operation.id()), grant)));
	}

	@Test
	void plannerOfOneStreetDoesNotSeeTheCommunitiesOfAnother() {
		String plannerOfJinsong = RunningSuite.token("PLANNER", "street", JINSONG);
		String plannerOfWanshoulu = RunningSuite.token("PLANNER", "street", WANSHOULU);

		assertThat(gateway.get("/api/planning/communities/" + communityA, plannerOfJinsong).status()).isEqualTo(200);
		assertThat(gateway.get("/api/planning/communities/" + communityB, plannerOfJinsong).status()).isEqualTo(404);
		assertThat(gateway.get("/api/planning/communities/" + communityB, plannerOfWanshoulu).status()).isEqualTo(200);
		assertThat(gateway.get("/api/planning/communities/" + communityA, plannerOfWanshoulu).status()).isEqualTo(404);
	}

	@Test
	void pipelineListsOfAStreetNeverContainAnotherStreetsCommunities() {
		for (Role role : List.of(Role.CITY_MGMT, Role.DRC, Role.OPERATOR)) {
			assertThat(communitiesListedOn(JINSONG, token(role))).as(role + " on 劲松")
				.contains(communityA)
				.doesNotContain(communityB);
			assertThat(communitiesListedOn(WANSHOULU, token(role))).as(role + " on 万寿路")
				.contains(communityB)
				.doesNotContain(communityA);
		}
	}

	private static DynamicTest allowedCell(Operation operation, Sample sample, Role role) {
		return DynamicTest.dynamicTest(cellName(operation, role, "allowed, " + sample.allowedStatus()), () -> {
			Answer answer = call(operation, sample, token(role));

			assertThat(answer.status()).as("%s × %s: %s", operation.id(), role, answer.body()).isNotIn(401, 403);
			assertThat(answer.status()).as("%s × %s: %s", operation.id(), role, answer.body())
				.isEqualTo(sample.allowedStatus());
		});
	}

	private static DynamicTest refusedCell(Operation operation, Sample sample, Role role) {
		return DynamicTest.dynamicTest(cellName(operation, role, "403"), () -> {
			Answer answer = call(operation, sample, token(role));

			assertThat(answer.status()).as("%s × %s: %s", operation.id(), role, answer.body()).isEqualTo(403);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.text("$.operation")).isEqualTo(operation.id());
			assertThat(answer.text("$.detail")).contains(role.name());
		});
	}

	private static DynamicTest outOfScopeCell(Operation operation, Sample sample, Grant grant) {
		Role role = grant.role();
		String[] claims = claimsElsewhere(role);
		String name = operation.id() + " × " + role + " of " + claims[1] + " (out of scope) → "
				+ sample.outOfScope().status;
		return DynamicTest.dynamicTest(name, () -> {
			String marker = shortId();
			Answer answer = call(operation, sample, RunningSuite.token(role.name(), claims), marker);

			assertThat(answer.status()).as("%s × %s elsewhere: %s", operation.id(), role, answer.body())
				.isEqualTo(sample.outOfScope().status);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			if (sample.outOfScope() == OutOfScope.FORBIDDEN) {
				assertThat(answer.text("$.operation")).isEqualTo(operation.id());
			}
			if (!"GET".equals(operation.method())) {
				assertThat(sample.leavesNoTrace())
					.as("%s is a write with a scoped grant: its sample must say how to see that a refusal changed nothing",
							operation.id())
					.isNotNull();
				sample.leavesNoTrace().accept(marker);
			}
		});
	}

	private static String cellName(Operation operation, Role role, String outcome) {
		return operation.id() + " × " + role + " → " + outcome;
	}

	private static Answer call(Operation operation, Sample sample, String token) {
		return call(operation, sample, token, shortId());
	}

	private static Answer call(Operation operation, Sample sample, String token, String marker) {
		String body = sample.body() == null ? null : sample.body().apply(marker);
		return gateway.call(operation.method(), pathOf(operation, sample), token, body);
	}

	private static String pathOf(Operation operation, Sample sample) {
		String path = operation.path();
		for (Map.Entry<String, String> variable : sample.pathVariables().entrySet()) {
			path = path.replace("{" + variable.getKey() + "}", variable.getValue());
		}
		return path;
	}

	private static Stream<Operation> restOperations() {
		return POLICY.operations().stream().filter(operation -> operation.path() != null);
	}

	private static boolean isPlaceScoped(Scope scope) {
		return scope == Scope.DISTRICT || scope == Scope.STREET || scope == Scope.COMMUNITY;
	}

	/** A token of the role whose scope claim (if it needs one) covers the target: 朝阳, 劲松 or community A. */
	private static String token(Role role) {
		return RunningSuite.token(role.name(), claimsInScope(role));
	}

	private static String[] claimsInScope(Role role) {
		return switch (role.requiredScope()) {
			case NONE -> new String[0];
			case DISTRICT -> new String[] { "district", CHAOYANG };
			case STREET -> new String[] { "street", JINSONG };
			case COMMUNITY -> new String[] { "community", communityA };
			// a utility network runs through every street: it is never out of scope by place
			case UTILITY -> new String[] { "utility", "water" };
		};
	}

	private static String[] claimsElsewhere(Role role) {
		return switch (role.requiredScope()) {
			case DISTRICT -> new String[] { "district", HAIDIAN };
			case STREET -> new String[] { "street", WANSHOULU };
			case COMMUNITY -> new String[] { "community", communityB };
			case NONE, UTILITY -> throw new IllegalArgumentException(role + " has no place to be out of");
		};
	}

	private static String communityInJinsong(String marker) {
		return """
				{"name":"矩阵%s","districtCode":"110105","streetCode":"110105017","buildYear":1985}""".formatted(marker);
	}

	/**
	 * A refused registration must leave no community behind. Housing has no search, so look where its
	 * registrations surface: register a barrier community after the refusal, wait until pipeline lists it, and the
	 * refused one (whose event would have been published first) must not be listed.
	 */
	private static void assertNoCommunityRegisteredNamed(String marker) {
		String barrier = register("矩阵屏障-" + shortId(), CHAOYANG, JINSONG);
		await().atMost(PROPAGATION).until(() -> communitiesListedOn(JINSONG).contains(barrier));
		Answer listed = gateway.get("/api/pipeline/streets/" + JINSONG + "/communities", token(Role.CITY_MGMT));
		assertThat(listed.json().read("$.communities[*].name", List.class)).noneMatch(
				name -> String.valueOf(name).contains(marker));
	}

	private static String register(String name, String district, String street) {
		Answer registered = gateway.post("/api/housing/communities", token(Role.HOUSING), """
				{"name":"%s","districtCode":"%s","streetCode":"%s","buildYear":1980}""".formatted(name, district, street));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		return registered.text("$.id");
	}

	private static List<String> communitiesListedOn(String street) {
		return communitiesListedOn(street, token(Role.CITY_MGMT));
	}

	private static List<String> communitiesListedOn(String street, String token) {
		Answer listed = gateway.get("/api/pipeline/streets/" + street + "/communities", token);
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		List<?> ids = listed.json().read("$.communities[*].communityId", List.class);
		return ids.stream().map(String::valueOf).toList();
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
