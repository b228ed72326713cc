package cn.bjrenovation.system.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.FundingServiceGrpc;
import cn.bjrenovation.finance.v1.GetBudgetLineRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFundingPlanRequest;
import cn.bjrenovation.finance.v1.GetLedgerBalanceRequest;
import cn.bjrenovation.planning.v1.ApprovedItem;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignItem;
import cn.bjrenovation.planning.v1.DesignProject;
import cn.bjrenovation.housing.v1.ConstructionServiceGrpc;
import cn.bjrenovation.housing.v1.GetGateRequest;
import cn.bjrenovation.housing.v1.GetProcessRequest;
import cn.bjrenovation.housing.v1.ListOverdueItemsRequest;
import cn.bjrenovation.housing.v1.AcceptanceServiceGrpc;
import cn.bjrenovation.housing.v1.CommunityFilter;
import cn.bjrenovation.housing.v1.GetAcceptanceRequest;
import cn.bjrenovation.housing.v1.GetDistrictPerformanceRequest;
import cn.bjrenovation.housing.v1.GetVoteRequest;
import cn.bjrenovation.housing.v1.ListVotesRequest;
import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.housing.v1.GetCommunityRequest;
import cn.bjrenovation.housing.v1.GetDistrictSummaryRequest;
import cn.bjrenovation.housing.v1.GetProjectRequest;
import cn.bjrenovation.housing.v1.ListCommunitiesRequest;
import cn.bjrenovation.housing.v1.ListProjectsRequest;
import cn.bjrenovation.housing.v1.ProjectFilter;
import cn.bjrenovation.housing.v1.ProjectServiceGrpc;
import cn.bjrenovation.housing.v1.WatchProjectRequest;
import cn.bjrenovation.housing.v1.StreamCommunitiesRequest;
import cn.bjrenovation.localstack.StackLayout;
import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesRequest;
import cn.bjrenovation.planning.v1.UtilityKind;
import cn.bjrenovation.pipeline.v1.ListStreetWindowsRequest;
import cn.bjrenovation.pipeline.v1.GetCoordinationPlanRequest;
import cn.bjrenovation.pipeline.v1.CoordinationServiceGrpc;
import cn.bjrenovation.pipeline.v1.StreetCoordinationServiceGrpc;
import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectPlanned;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.housing.v1.ProjectTransition;
import cn.bjrenovation.planning.v1.DesignCaseFilter;
import cn.bjrenovation.planning.v1.DesignServiceGrpc;
import cn.bjrenovation.planning.v1.DownloadAttachmentRequest;
import cn.bjrenovation.planning.v1.GetDesignCaseRequest;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
import cn.bjrenovation.planning.v1.ListDesignCasesRequest;
import cn.bjrenovation.planning.v1.PlannerServiceGrpc;
import cn.bjrenovation.platform.grpc.BearerCredentials;
import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Operation;
import cn.bjrenovation.platform.policy.Scope;
import cn.bjrenovation.system.e2e.SuiteClient.Answer;
import cn.bjrenovation.system.policy.Annex2Expectations.Expectation;
import cn.bjrenovation.system.policy.Annex2Expectations;
import com.google.protobuf.Timestamp;
import com.jayway.jsonpath.JsonPath;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
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
 * The Annex 2 division of duties, checked end to end against the table written by hand from Annex 2
 * ({@code annex2-expectations.csv}, {@link Annex2Expectations}) — never against {@code policy/duties.yml} itself,
 * so a grant added to or dropped from the policy by mistake fails here. Three doors, every operation × every role:
 * <ul>
 * <li>the gateway, for every REST operation, with object scope (out-of-scope claims) and "a refusal leaves no
 * trace";</li>
 * <li>each service's own HTTP port, bypassing the gateway, for every REST operation of that service;</li>
 * <li>each service's own gRPC port, for every gRPC method of the policy.</li>
 * </ul>
 * The operations come from the policy (its routes and methods, to know what to call); the answers from the table.
 * A new route needs a request sample ({@link #samples()}), a new gRPC method a call ({@link #grpcCalls()}); the
 * matrix fails until it has one.
 *
 * <p>Every call targets the same place: community A on 劲松街道 (110105017) in 朝阳 (110105) — its building,
 * its ownership case, a survey import of 朝阳 — or, where a call changes its target for good (a retirement, an
 * ownership case), a fresh community there. In-scope callers carry claims for that place; the out-of-scope cells
 * move the claim to 海淀 (110108), 万寿路街道 (110108001) or community B there.
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

	private static final String CSV = "text/csv; charset=utf-8";

	/** The fields a survey row is refused under when it lies outside the importer's place. */
	private static final Set<String> PLACE_FIELDS = Set.of("districtCode", "streetCode");

	/** The header row of a buildings survey file (survey-import template). */
	private static final String BUILDINGS_CSV_HEADER = "streetCode,communityName,number,floors,units,buildYear,"
			+ "structure,floorArea,households,seismicReinforcementNeeded,energyRetrofitNeeded,elevator,dangerousGrade,"
			+ "simpleBuilding";

	private static final DutyPolicy POLICY = DutyPolicy.load();

	private static final Annex2Expectations ANNEX2 = Annex2Expectations.load();

	/** The fact SASAC's grants are conditioned on (DOMAIN §8: city SOE non-operating assets only). */
	private static final String PROPERTY_RIGHTS = "propertyRights";

	/** A property-rights type no condition of the table names: a community that meets no such condition. */
	private static final String ORDINARY_RIGHTS = "MUNICIPAL";

	private static SuiteClient gateway;

	/** Each department service's own HTTP port, by the first path segment after /api/ (housing, finance, …). */
	private static final Map<String, SuiteClient> servicePorts = new LinkedHashMap<>();

	/** Each department service's own gRPC port, by the same name (the proto package's: housing, finance, …). */
	private static final Map<String, ManagedChannel> grpcPorts = new LinkedHashMap<>();

	/**
	 * Community A: 朝阳, 劲松街道 — the target of every call. A city SOE's non-operating asset (市属非经), so it can
	 * have an ownership case.
	 */
	private static SurveyedCommunity surveyOfA;

	private static String communityA;

	/** A simple building (简易楼) of community A, so it is in the dangerous-building ledger. */
	private static String buildingOfA;

	/** The ownership case (市属非经) of community A. */
	private static String caseOfA;

	/** A survey import submitted by the district of 朝阳. */
	private static String importOfChaoyang;

	/** Community B: 海淀, 万寿路街道 — where out-of-scope claims point. */
	private static String communityB;

	/** A fiscal year with a budget line, so fiscal-capacity reads answer for real. */
	private static int year;

	/** A budget line of the matrix's year (municipal). */
	private static String lineOfYear;

	/**
	 * A project of community A whose design planning approved (a DesignApproved the matrix publishes as planning would):
	 * its funding plan is committed, posted and its construction-start tranche paid, so finance's writes on it replay.
	 */
	private static String fundedProject;

	/** A social-capital agreement on {@link #fundedProject}. */
	private static String agreementOfA;

	/** The milestone evidence of the funded project's first tranche: recording it again is a replay (200). */
	private static final String FIRST_TRANCHE = """
			{"milestone":"CONSTRUCTION_START","sourceEventId":"matrix-start-%s","evidence":"开工令 矩阵"}""";

	/** An owners' vote passing both Civil Code thresholds (raising ≥ 3/4, using > 1/2). */
	private static final String PASSING_VOTE = """
			{"ownersTotal":100,"areaTotalM2":8000,"ownersVoting":90,"areaVotingM2":7500,"ownersInFavour":80,\
			"areaInFavourM2":7000,"votedOn":"2026-05-20","reference":"矩阵表决 %s"}""";

	/** A renovation project of community A (its open one until an application sample withdraws it). */
	private static String projectOfA;

	/** The plan year the matrix compiles in its set-up, for reads and adjustments; compilations take later years. */
	private static int planYear;

	/** Plan years, one per compilation: a year has one plan. */
	private static final java.util.concurrent.atomic.AtomicInteger planYears = new java.util.concurrent.atomic.AtomicInteger(2001);

	/**
	 * The coordination plan of a project on 劲松 with a water item (so the matrix's OPERATOR, of water, reads it), drafted
	 * by pipeline from a DesignApproved the matrix produces to the suite's broker as planning would.
	 */
	private static String planOnJinsong;

	/**
	 * A project without a coordination plan: the coordination writes are called on it, so an allowed caller is answered
	 * 404 (the duty let it through to the plan, which is absent) and the shared plan above never changes state.
	 */
	private static final String NO_PLAN = UUID.randomUUID().toString();

	/** A withdrawn (closed) project of community A: watching it sends its history and ends. */
	private static String closedProjectOfA;

	/**
	 * Design cases of planned projects (planning opens them from housing's ProjectPlanned, which the matrix publishes on
	 * the suite's broker: housing compiles no annual plan yet): an open one of A, an approved one of A (its scheme
	 * with a drawing), an open one of B (on 万寿路, whose planner is not the matrix's).
	 */
	private static String openCaseOfA;

	private static String approvedCaseOfA;

	private static String drawingOfApprovedCase;

	private static String caseOfB;

	/** The design case each design sample made for its marker. */
	private static final Map<String, String> casesByMarker = new java.util.concurrent.ConcurrentHashMap<>();

	private static KafkaProducer<String, byte[]> housingFacts;

	/** The project each project sample made for its marker, to see afterwards that a refusal left it as it was. */
	private static final Map<String, String> projectsByMarker = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * How a call outside the caller's scope must be refused. A write for another place is refused naming the
	 * operation; an object outside one's scope answers 404 exactly like an unknown id (for reads and for writes on
	 * it), so ids outside one's scope cannot be probed.
	 */
	enum OutOfScope {

		FORBIDDEN(403), NOT_FOUND(404),
		/** A list or map: answered, but only from the caller's own place, so community A is not in it. */
		NARROWED(200),
		/**
		 * A survey file: accepted, since one file may hold rows of many places, but every row outside the caller's
		 * place is refused in the import's report, and nothing of it is imported.
		 */
		ROWS_REFUSED(202),
		/** The operation acts on no object (e.g. the caller itself), so no claim can point away from it. */
		NO_OBJECT(-1);

		final int status;

		OutOfScope(int status) {
			this.status = status;
		}

	}

	/**
	 * One concrete request for an operation. Each call has a marker unique to it, from which its path variables
	 * (first) and its body (then) are made.
	 * @param pathVariables values for the route's {@code {vars}}; usually fixed, made afresh for a write that
	 * changes its target for good
	 * @param contentType media type of the body
	 * @param body body from the marker (so a refused write can be looked for), or null
	 * @param allowedStatus what a caller holding the duty, in scope, gets
	 * @param outOfScope how a scoped caller outside the target's place is refused
	 * @param leavesNoTrace for a write: asserts that nothing carrying the marker came to exist
	 */
	record Sample(Function<String, Map<String, String>> pathVariables, String contentType,
			Function<String, String> body, int allowedStatus, OutOfScope outOfScope, Consumer<String> leavesNoTrace) {

		static Sample read(Map<String, String> pathVariables, OutOfScope outOfScope) {
			return new Sample(marker -> pathVariables, null, null, 200, outOfScope, null);
		}

		static Sample write(Map<String, String> pathVariables, Function<String, String> body, int allowedStatus,
				OutOfScope outOfScope, Consumer<String> leavesNoTrace) {
			return writeOnFresh(marker -> pathVariables, body, allowedStatus, outOfScope, leavesNoTrace);
		}

		/** A write that changes its target for good (e.g. retires it): each call makes its own from the marker. */
		static Sample writeOnFresh(Function<String, Map<String, String>> pathVariables, Function<String, String> body,
				int allowedStatus, OutOfScope outOfScope, Consumer<String> leavesNoTrace) {
			return new Sample(pathVariables, "application/json", body, allowedStatus, outOfScope, leavesNoTrace);
		}

		/** A survey file upload (CSV), answered 202 while its rows are imported in the background. */
		static Sample upload(Function<String, String> csv, OutOfScope outOfScope, Consumer<String> leavesNoTrace) {
			return new Sample(marker -> Map.of(), CSV, csv, 202, outOfScope, leavesNoTrace);
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
		// each service's API description: the same for every caller, of no place
		for (String service : List.of("housing", "finance", "planning", "pipeline")) {
			samples.put(service + ".openapi.read", Sample.read(Map.of(), OutOfScope.NO_OBJECT));
		}
		samples.put("housing.community.register",
				Sample.write(Map.of(), AuthorizationMatrixTest::communityInJinsong, 201, OutOfScope.FORBIDDEN,
						AuthorizationMatrixTest::assertNoCommunityRegisteredNamed));
		samples.put("housing.community.read", Sample.read(Map.of("communityId", communityA), OutOfScope.NOT_FOUND));
		// no filter: a scoped caller is answered from its own place (asking for another is refused, see below)
		samples.put("housing.community.list", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("housing.community.map", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("housing.community.history",
				Sample.read(Map.of("communityId", communityA), OutOfScope.NOT_FOUND));
		// the survey of A as it is, at the version just read, with the marker in its address
		samples.put("housing.community.update", Sample.write(Map.of("communityId", communityA),
				marker -> surveyOfA.withAddress("朝阳区劲松街道矩阵路" + marker + "号").json(versionOf(communityA)), 200,
				OutOfScope.NOT_FOUND, marker -> assertThat(read("/api/housing/communities/" + communityA + "/history"))
					.doesNotContain(marker)));
		// a community is retired once: each call retires a fresh one, named after the marker
		samples.put("housing.community.retire", Sample.writeOnFresh(
				marker -> Map.of("communityId", register(SurveyedCommunity.inJinsong("矩阵退出-" + marker))),
				marker -> """
						{"reason":"矩阵 %s: 并入相邻小区","version":%d}""".formatted(marker,
						versionOf(communityNamed(marker))),
				200, OutOfScope.NOT_FOUND, AuthorizationMatrixTest::assertCommunityNamedNotRetired));
		samples.put("housing.building.register", Sample.write(Map.of("communityId", communityA),
				marker -> building("矩阵楼-" + marker, false), 201, OutOfScope.NOT_FOUND,
				AuthorizationMatrixTest::assertNoBuildingOfANumbered));
		samples.put("housing.building.list", Sample.read(Map.of("communityId", communityA), OutOfScope.NOT_FOUND));
		// each correction renumbers a fresh building of A after the marker; each retirement retires a fresh one
		samples.put("housing.building.update", Sample.writeOnFresh(
				marker -> Map.of("communityId", communityA, "buildingId", freshBuildingOfA("矩阵更正-" + marker)),
				marker -> correction("矩阵更正后-" + marker), 200, OutOfScope.NOT_FOUND,
				marker -> assertNoBuildingOfANumbered("矩阵更正后-" + marker)));
		samples.put("housing.building.retire", Sample.writeOnFresh(
				marker -> Map.of("communityId", communityA, "buildingId", freshBuildingOfA("矩阵拆除-" + marker)),
				marker -> """
						{"reason":"矩阵 %s: 拆除","version":1}""".formatted(marker), 200, OutOfScope.NOT_FOUND,
				marker -> assertThat(read("/api/housing/communities/" + communityA + "/buildings/"
						+ buildingOfANumbered("矩阵拆除-" + marker) + "/history")).isEqualTo("[]")));
		samples.put("housing.building.history",
				Sample.read(Map.of("communityId", communityA, "buildingId", buildingOfA), OutOfScope.NOT_FOUND));
		samples.put("housing.district.summary",
				Sample.read(Map.of("districtCode", CHAOYANG), OutOfScope.FORBIDDEN));
		samples.put("housing.survey-import.communities",
				Sample.upload(marker -> SurveyedCommunity.inJinsong("矩阵导入-" + marker).csv(), OutOfScope.ROWS_REFUSED,
						AuthorizationMatrixTest::assertNoCommunityRegisteredNamed));
		samples.put("housing.survey-import.buildings",
				Sample.upload(marker -> buildingsCsv("矩阵导入楼-" + marker), OutOfScope.ROWS_REFUSED,
						AuthorizationMatrixTest::assertNoBuildingOfANumbered));
		samples.put("housing.survey-import.read",
				Sample.read(Map.of("importId", importOfChaoyang), OutOfScope.NOT_FOUND));
		samples.put("housing.ledger.appraise", Sample.write(Map.of("buildingId", buildingOfA), marker -> """
				{"grade":"D","plan":"RELOCATE","planStatus":"PLANNED","appraisedOn":"%s","note":"矩阵 %s"}"""
			.formatted(LocalDate.now().minusDays(30), marker), 200, OutOfScope.NOT_FOUND,
				marker -> assertThat(read("/api/housing/buildings/" + buildingOfA + "/appraisals"))
					.doesNotContain(marker)));
		samples.put("housing.ledger.list", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("housing.ledger.map", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("housing.ledger.history", Sample.read(Map.of("buildingId", buildingOfA), OutOfScope.NOT_FOUND));
		// one case per community: each call registers a fresh 市属非经 community for its case
		samples.put("housing.ownership.register", Sample.write(Map.of(), marker -> """
				{"communityId":"%s","kind":"CITY_SOE_NON_OPERATING","ownerName":"首开集团"}"""
			.formatted(register(SurveyedCommunity.inJinsong("矩阵非经-" + marker)
				.withPropertyRights("CITY_SOE_NON_OPERATING"))), 201, OutOfScope.FORBIDDEN, null));
		samples.put("housing.ownership.read", Sample.read(Map.of("caseId", caseOfA), OutOfScope.NOT_FOUND));
		samples.put("housing.ownership.list", Sample.read(Map.of(), OutOfScope.NARROWED));
		// under way, again: completing it waits for the renovation's acceptance (先改造、后移交)
		samples.put("housing.ownership.handover", Sample.write(Map.of("caseId", caseOfA), marker -> """
				{"handoverStatus":"IN_PROGRESS"}""", 200, OutOfScope.FORBIDDEN, null));
		// the trail is the joint-conference office's, city-wide; default paging
		samples.put("housing.audit.read", Sample.read(Map.of(), OutOfScope.NOT_FOUND));
		samples.put("housing.audit.verify", Sample.read(Map.of(), OutOfScope.NOT_FOUND));
		samples.put("housing.annual-plan.fiscal-capacity",
				Sample.read(Map.of("year", String.valueOf(year)), OutOfScope.NOT_FOUND));
		// renovation projects (申报制): community A's organisation applies for A, so each application first withdraws
		// A's open project (one application per round); each review acts on a fresh project of a fresh community on
		// 劲松 in the state it needs; resubmissions and withdrawals on a fresh project of A
		samples.put("housing.project.apply", Sample.write(Map.of(), marker -> {
			withdrawOpenProjectsOfA();
			return projectApplication(communityA, marker);
		}, 201, OutOfScope.FORBIDDEN, marker -> assertThat(read("/api/housing/projects?communityId=" + communityA
				+ "&pageSize=500")).doesNotContain(marker)));
		samples.put("housing.project.street-review", Sample.writeOnFresh(
				marker -> Map.of("projectId", freshProject(marker, false, "APPLIED")), marker -> """
						{"decision":"ACCEPT","reasons":[]}""", 200, OutOfScope.NOT_FOUND,
				marker -> assertProjectStatus(marker, "APPLIED")));
		samples.put("housing.project.district-review", Sample.writeOnFresh(
				marker -> Map.of("projectId", freshProject(marker, false, "STREET_ACCEPTED")), marker -> """
						{"decision":"ACCEPT","reasons":[]}""", 200, OutOfScope.NOT_FOUND,
				marker -> assertProjectStatus(marker, "STREET_ACCEPTED")));
		samples.put("housing.project.municipal-decision", Sample.writeOnFresh(
				marker -> Map.of("projectId", freshProject(marker, true, "DISTRICT_ACCEPTED")), marker -> """
						{"decision":"APPROVE","reasons":[]}""", 200, OutOfScope.NOT_FOUND,
				marker -> assertProjectStatus(marker, "DISTRICT_ACCEPTED")));
		samples.put("housing.project.resubmit", Sample.writeOnFresh(
				marker -> Map.of("projectId", freshProjectOfA(marker, true)),
				marker -> projectApplication(communityA, "重新申报" + marker), 200, OutOfScope.NOT_FOUND,
				marker -> assertProjectStatus(marker, "RETURNED")));
		samples.put("housing.project.withdraw", Sample.writeOnFresh(
				marker -> Map.of("projectId", freshProjectOfA(marker, false)), marker -> """
						{"reasons":["矩阵 %s: 业主意见变化"]}""".formatted(marker), 200, OutOfScope.NOT_FOUND,
				marker -> assertProjectStatus(marker, "APPLIED")));
		samples.put("housing.project.read", Sample.read(Map.of("projectId", projectOfA), OutOfScope.NOT_FOUND));
		samples.put("housing.project.list", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("housing.renovation-item.list", Sample.read(Map.of(), OutOfScope.NO_OBJECT));
		// construction (开工, 施工进度) and the journey, on A's project, which is not planned: the district of 朝阳 passes
		// its duty and meets the closed gate (409) or, for a progress report, a project not under construction (409);
		// a photo of a report that does not exist is 404 to a caller with the duty, as to one outside the project
		samples.put("housing.construction.gate", Sample.read(Map.of("projectId", projectOfA), OutOfScope.NOT_FOUND));
		samples.put("housing.construction.start", Sample.write(Map.of("projectId", projectOfA), marker -> """
				{"startedOn":"2026-12-03","builder":"矩阵 %s"}""".formatted(marker), 409, OutOfScope.NOT_FOUND,
				marker -> assertThat(read("/api/housing/projects/" + projectOfA)).doesNotContain("CONSTRUCTION_STARTED")));
		samples.put("housing.progress.report", Sample.write(Map.of("projectId", projectOfA), marker -> """
				{"reportedOn":"2026-12-10","items":[{"code":"WATER_SUPPLY","percent":10}],"note":"矩阵 %s"}"""
			.formatted(marker), 409, OutOfScope.NOT_FOUND,
				marker -> assertThat(read("/api/housing/projects/" + projectOfA)).doesNotContain("CONSTRUCTION_COMPLETED")));
		samples.put("housing.progress.photo-upload", new Sample(
				marker -> Map.of("projectId", projectOfA, "reportId", UUID.randomUUID().toString()),
				"multipart/form-data; boundary=matrix", marker -> """
						--matrix\r
						Content-Disposition: form-data; name="file"; filename="%s.png"\r
						Content-Type: image/png\r
						\r
						photo\r
						--matrix--\r
						""".formatted(marker), 404, OutOfScope.NOT_FOUND,
				marker -> assertThat(read("/api/housing/projects/" + projectOfA)).doesNotContain(marker)));
		samples.put("housing.progress.photo-read", new Sample(marker -> Map.of("projectId", projectOfA, "reportId",
				UUID.randomUUID().toString(), "photoId", UUID.randomUUID().toString()), null, null, 404,
				OutOfScope.NOT_FOUND, null));
		samples.put("housing.progress.monthly", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("housing.process.read", Sample.read(Map.of("projectId", projectOfA), OutOfScope.NOT_FOUND));
		samples.put("housing.process.overdue", Sample.read(Map.of(), OutOfScope.NARROWED));
		// the end of a project's life: A's project has not reached construction completed (the matrix cannot bring a
		// project there yet), so the acceptance opens with 409 and has nothing to read or sign (404); the trial and the
		// contract wait for a later status (409); votes are organised, recorded and closed on A for real
		samples.put("housing.acceptance.open", Sample.write(Map.of("projectId", projectOfA), marker -> """
				{"openedOn":"2026-12-20","note":"矩阵 %s"}""".formatted(marker), 409, OutOfScope.NOT_FOUND,
				marker -> assertNoAcceptanceOfA()));
		samples.put("housing.acceptance.sign-off", signOffOfA("BUILDER"));
		samples.put("housing.acceptance.read",
				new Sample(marker -> Map.of("projectId", projectOfA), null, null, 404, OutOfScope.NOT_FOUND, null));
		samples.put("housing.vote.organise", Sample.write(Map.of(), marker -> """
				{"communityId":"%s","matter":"ADD_ELEVATOR","question":"矩阵 %s: 是否加装电梯","owners":120,"area":8000}"""
			.formatted(communityA, marker), 201, OutOfScope.FORBIDDEN,
				marker -> assertThat(read("/api/housing/votes?communityId=" + communityA)).doesNotContain(marker)));
		samples.put("housing.vote.ballots", Sample.writeOnFresh(marker -> Map.of("voteId", freshVoteOfA(marker)),
				marker -> """
						{"ballots":[{"unit":"矩阵-%s","area":80.5,"choice":"FOR"}]}""".formatted(marker), 200,
				OutOfScope.NOT_FOUND, marker -> assertThat(read("/api/housing/votes/" + freshVoteOfA(marker)))
					.contains("\"ballots\":0")));
		samples.put("housing.vote.close", Sample.writeOnFresh(marker -> Map.of("voteId", freshVoteOfA(marker)),
				marker -> "{}", 200, OutOfScope.NOT_FOUND,
				marker -> assertThat(read("/api/housing/votes/" + freshVoteOfA(marker))).contains("\"status\":\"OPEN\"")));
		samples.put("housing.vote.read", Sample.read(Map.of("voteId", voteOfA()), OutOfScope.NOT_FOUND));
		samples.put("housing.vote.list", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("housing.vote-rule.list", Sample.read(Map.of(), OutOfScope.NO_OBJECT));
		samples.put("housing.trial.record", Sample.write(Map.of("projectId", projectOfA), marker -> """
				{"propertyCompany":"矩阵物业 %s","startsOn":"2026-09-01","endsOn":"2027-02-28"}""".formatted(marker), 409,
				OutOfScope.NOT_FOUND, marker -> assertThat(read("/api/housing/projects/" + projectOfA + "/trial"))
					.doesNotContain(marker)));
		samples.put("housing.long-term.contract", Sample.write(Map.of("projectId", projectOfA), marker -> """
				{"voteId":"%s","signedOn":"2027-03-01","propertyCompany":"矩阵物业 %s"}""".formatted(voteOfA(), marker),
				409, OutOfScope.NOT_FOUND, marker -> assertThat(read("/api/housing/projects/" + projectOfA + "/trial"))
					.doesNotContain(marker)));
		samples.put("housing.trial.read", Sample.read(Map.of("projectId", projectOfA), OutOfScope.NOT_FOUND));
		samples.put("housing.satisfaction.record", Sample.write(Map.of("projectId", projectOfA), marker -> {
			surveysBefore.put(marker, surveysInChaoyang());
			return """
					{"surveyedOn":"2026-12-01","participants":86,"score":92.5}""";
		}, 409, OutOfScope.NOT_FOUND, marker -> assertThat(surveysInChaoyang()).isEqualTo(surveysBefore.get(marker))));
		samples.put("housing.district.performance",
				Sample.read(Map.of("districtCode", CHAOYANG), OutOfScope.FORBIDDEN));
		// annual plans (年度任务计划): each compilation plans a fresh reserved basic-class project for a year of its own
		// with a budget; each adjustment adds one to the matrix's plan; a refusal leaves the project in the pool
		samples.put("housing.reserve-pool.read", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("housing.annual-plan.create", Sample.write(Map.of(), marker -> """
				{"year":%d,"projectIds":["%s"]}""".formatted(budgetedPlanYear(), freshReservedBasic(marker)), 201,
				OutOfScope.FORBIDDEN, marker -> assertProjectStatus(marker, "RESERVED")));
		samples.put("housing.annual-plan.adjust", Sample.write(Map.of("year", String.valueOf(planYear)), marker -> """
				{"add":["%s"],"remove":[],"reasons":["矩阵 %s: 增补"]}""".formatted(freshReservedBasic(marker), marker), 200,
				OutOfScope.FORBIDDEN, marker -> assertProjectStatus(marker, "RESERVED")));
		samples.put("housing.annual-plan.read", Sample.read(Map.of("year", String.valueOf(planYear)), OutOfScope.NOT_FOUND));
		samples.put("housing.annual-plan.district-read",
				Sample.read(Map.of("year", String.valueOf(planYear), "districtCode", CHAOYANG), OutOfScope.FORBIDDEN));
		// finance and planning writes are city-wide duties only: no scoped caller, so no trace check is needed
		samples.put("finance.budget-line.add", Sample.write(Map.of(), marker -> """
				{"fiscalYear":%d,"source":"MUNICIPAL_BUDGET","amountFen":100,"description":"矩阵 %s"}"""
			.formatted(year, marker), 201, OutOfScope.FORBIDDEN, null));
		samples.put("finance.fiscal-capacity.read",
				Sample.read(Map.of("year", String.valueOf(year)), OutOfScope.NOT_FOUND));
		samples.put("finance.budget-line.read", Sample.read(Map.of("lineId", lineOfYear), OutOfScope.NOT_FOUND));
		// a version far in the future each time: every version is kept
		samples.put("finance.cost-sharing-rule.define", Sample.write(Map.of(), marker -> """
				{"effectiveFrom":"2099-01-01","note":"矩阵 %s","shares":{"BASIC":{"MUNICIPAL_BUDGET":10000},\
				"COMPLETE":{"MUNICIPAL_BUDGET":10000},"UPGRADE":{"SOCIAL_CAPITAL":10000},\
				"PIPELINE":{"PIPELINE_OPERATORS":10000}}}""".formatted(marker), 201, OutOfScope.FORBIDDEN, null));
		samples.put("finance.cost-sharing-rule.list", Sample.read(Map.of(), OutOfScope.NOT_FOUND));
		samples.put("finance.funding-plan.read", Sample.read(Map.of("projectId", fundedProject), OutOfScope.NOT_FOUND));
		samples.put("finance.funding-plan.list", Sample.read(Map.of(), OutOfScope.NARROWED));
		// committed, posted and paid in createTargets(): each of these writes is a replay of what is there (200)
		samples.put("finance.funding-plan.commit", Sample.write(Map.of("projectId", fundedProject), marker -> "{}", 200,
				OutOfScope.FORBIDDEN, null));
		samples.put("finance.funding-plan.post", Sample.write(Map.of("projectId", fundedProject), marker -> "{}", 200,
				OutOfScope.FORBIDDEN, null));
		samples.put("finance.tranche.disburse", Sample.write(Map.of("projectId", fundedProject),
				marker -> FIRST_TRANCHE.formatted(fundedProject), 200, OutOfScope.FORBIDDEN, null));
		samples.put("finance.disbursement-exception.list", Sample.read(Map.of(), OutOfScope.NOT_FOUND));
		samples.put("finance.ledger.balance-check", Sample.read(Map.of(), OutOfScope.NOT_FOUND));
		samples.put("finance.fixed-asset-funding.record", Sample.write(Map.of("projectId", fundedProject), marker -> """
				{"amountFen":100,"items":["ELEVATOR_ADDITION"],"reference":"矩阵 %s"}""".formatted(marker), 201,
				OutOfScope.FORBIDDEN, null));
		samples.put("finance.provident-fund-withdrawal.record", Sample.write(Map.of("projectId", fundedProject),
				marker -> """
						{"amountFen":100,"households":1,"reference":"矩阵 %s"}""".formatted(marker), 201,
				OutOfScope.FORBIDDEN, null));
		samples.put("finance.social-capital-agreement.record",
				Sample.write(Map.of(), marker -> socialCapitalAgreement(marker), 201, OutOfScope.FORBIDDEN, null));
		samples.put("finance.social-capital-agreement.read",
				Sample.read(Map.of("agreementId", agreementOfA), OutOfScope.NOT_FOUND));
		samples.put("finance.social-capital-agreement.list", Sample.read(Map.of(), OutOfScope.NOT_FOUND));
		samples.put("finance.maintenance-fund.read",
				Sample.read(Map.of("communityId", communityA), OutOfScope.NOT_FOUND));
		samples.put("finance.maintenance-fund.raise", Sample.write(Map.of("communityId", communityA), marker -> """
				{"districtCode":"110105","amountFen":100,"vote":%s}""".formatted(PASSING_VOTE.formatted(marker)), 201,
				OutOfScope.FORBIDDEN, null));
		samples.put("finance.maintenance-fund.use", Sample.write(Map.of("communityId", communityA), marker -> """
				{"districtCode":"110105","amountFen":1,"projectId":"%s","vote":%s}""".formatted(fundedProject,
				PASSING_VOTE.formatted(marker)), 201, OutOfScope.FORBIDDEN, null));
		// the planner already serving the street: re-assigning them changes nothing
		samples.put("planning.planner.assign", Sample.write(Map.of("streetCode", JINSONG), marker -> PLANNER_OF_JINSONG,
				200, OutOfScope.FORBIDDEN, null));
		samples.put("planning.planner.read", Sample.read(Map.of("streetCode", JINSONG), OutOfScope.NOT_FOUND));
		samples.put("planning.community.read", Sample.read(Map.of("communityId", communityA), OutOfScope.NOT_FOUND));
		samples.put("pipeline.street-communities.list",
				Sample.read(Map.of("streetCode", JINSONG), OutOfScope.NOT_FOUND));
		// design cases (规划设计方案): reads on the approved case of A; the planner's writes on the open case of A, or on a
		// fresh one where a write moves the case; the evaluation waits for joint acceptance, which no case reaches yet
		samples.put("planning.design.read", Sample.read(Map.of("projectId", approvedCaseOfA), OutOfScope.NOT_FOUND));
		samples.put("planning.design.list", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("planning.design.attachment.download", Sample.read(
				Map.of("projectId", approvedCaseOfA, "attachmentId", drawingOfApprovedCase), OutOfScope.NOT_FOUND));
		samples.put("planning.design.opinions.record", Sample.write(Map.of("projectId", openCaseOfA),
				AuthorizationMatrixTest::opinions, 201, OutOfScope.NOT_FOUND,
				marker -> assertThat(read("/api/planning/design-cases/" + openCaseOfA)).doesNotContain(marker)));
		samples.put("planning.design.attachment.upload", new Sample(marker -> Map.of("projectId", openCaseOfA),
				"application/pdf", marker -> "%PDF-1.4 矩阵 " + marker, 201, OutOfScope.NOT_FOUND,
				marker -> assertThat(read("/api/planning/design-cases/" + openCaseOfA)).doesNotContain(marker)));
		samples.put("planning.design.submit", Sample.writeOnFresh(marker -> Map.of("projectId", freshCase(marker, false)),
				AuthorizationMatrixTest::scheme, 201, OutOfScope.NOT_FOUND, marker -> assertCaseStatus(marker, "OPEN")));
		samples.put("planning.design.review", Sample.writeOnFresh(marker -> Map.of("projectId", freshCase(marker, true)),
				marker -> """
						{"decision":"RETURN","comments":[{"part":"summary","text":"矩阵 %s: 说明不全"}]}""".formatted(marker),
				200, OutOfScope.NOT_FOUND, marker -> assertCaseStatus(marker, "SUBMITTED")));
		samples.put("planning.design.permits.determine", Sample.write(Map.of("projectId", approvedCaseOfA), marker -> """
				{"permits":[{"catalogueCode":"GAS_SUPPLY","determination":"NONE","reason":"矩阵 %s"}]}""".formatted(marker),
				200, OutOfScope.NOT_FOUND, null));
		samples.put("planning.design.evaluate", Sample.write(Map.of("projectId", approvedCaseOfA), marker -> """
				{"rating":4,"findings":"矩阵 %s"}""".formatted(marker), 409, OutOfScope.NOT_FOUND,
				marker -> assertThat(read("/api/planning/design-cases/" + approvedCaseOfA)).doesNotContain(marker)));
		// determinations on B, so that none holds up the approval of A's designs
		samples.put("planning.illegal-construction.determine", Sample.write(Map.of("communityId", communityB),
				marker -> """
						{"what":"矩阵 %s 加建","location":"1号楼北侧","decision":"DEMOLISH"}""".formatted(marker), 201,
				OutOfScope.FORBIDDEN, marker -> assertThat(read("/api/planning/communities/" + communityB
						+ "/illegal-constructions")).doesNotContain(marker)));
		samples.put("planning.illegal-construction.resolve", Sample.writeOnFresh(
				marker -> Map.of("determinationId", freshDetermination(marker)), marker -> """
						{"resolution":"矩阵 %s 已拆除"}""".formatted(marker), 200, OutOfScope.NOT_FOUND, null));
		samples.put("planning.illegal-construction.list",
				Sample.read(Map.of("communityId", communityA), OutOfScope.NOT_FOUND));
		// pipeline coordination: reads on the plan drafted from the matrix's DesignApproved; writes on a project without
		// a plan (404 once the duty lets the caller through), so no cell moves the shared plan
		samples.put("pipeline.operator.list", Sample.read(Map.of(), OutOfScope.NARROWED));
		samples.put("pipeline.plan.read", Sample.read(Map.of("projectId", planOnJinsong), OutOfScope.NOT_FOUND));
		samples.put("pipeline.window.calendar", Sample.read(Map.of("streetCode", JINSONG), OutOfScope.NOT_FOUND));
		samples.put("pipeline.window.open", coordinationWrite(Map.of(), """
				{"segmentCode":"110105017-MATRIX","segmentName":"矩阵路段","startDate":"2030-04-01",\
				"endDate":"2030-04-30","utilities":["WATER"]}"""));
		samples.put("pipeline.window.join", coordinationWrite(Map.of("windowId", NO_PLAN), """
				{"utilities":["WATER"]}"""));
		samples.put("pipeline.plan.invite", coordinationWrite(Map.of(), "{}"));
		samples.put("pipeline.part.confirm", coordinationWrite(Map.of("utility", "water"), """
				{"scope":"矩阵供水","from":"2030-04-01","to":"2030-04-30","contributionFen":100}"""));
		samples.put("pipeline.part.request-change", coordinationWrite(Map.of("utility", "water"), """
				{"reasons":["矩阵: 调整工期"]}"""));
		samples.put("pipeline.works.report", coordinationWrite(Map.of("utility", "water"), """
				{"windowId":"%s","stage":"STARTED","on":"2030-04-02"}""".formatted(NO_PLAN)));
		samples.put("pipeline.works.inspect", coordinationWrite(Map.of(), """
				{"windowId":"%s","inspectedOn":"2030-04-03","passed":true,"findings":"矩阵检查"}""".formatted(NO_PLAN)));
		samples.put("pipeline.handover.record", coordinationWrite(Map.of(), """
				{"acceptanceReference":"矩阵验收","handedOverOn":"2030-06-01"}"""));
		return samples;
	}

	/** A coordination write on {@link #NO_PLAN}, with the path's other variables. */
	private static Sample coordinationWrite(Map<String, String> more, String body) {
		Map<String, String> variables = new LinkedHashMap<>(more);
		variables.put("projectId", NO_PLAN);
		return new Sample(marker -> variables, "application/json", marker -> body, 404, OutOfScope.NOT_FOUND, null);
	}

	/**
	 * Requests whose object has a given property-rights type, for grants conditioned on it (SASAC: 市属非经
	 * communities only), keyed by operation id. Called with a type the condition allows for the allowed cell, and
	 * with one it does not for the cell that must be refused.
	 */
	private static Map<String, Function<String, Sample>> samplesWithPropertyRights() {
		Map<String, Function<String, Sample>> samples = new LinkedHashMap<>();
		samples.put("housing.community.register", rights -> Sample.write(Map.of(),
				marker -> SurveyedCommunity.inJinsong("矩阵" + marker).withPropertyRights(rights).json(), 201,
				OutOfScope.FORBIDDEN, AuthorizationMatrixTest::assertNoCommunityRegisteredNamed));
		samples.put("housing.survey-import.communities", rights -> Sample.upload(
				marker -> SurveyedCommunity.inJinsong("矩阵导入-" + marker).withPropertyRights(rights).csv(),
				OutOfScope.ROWS_REFUSED, AuthorizationMatrixTest::assertNoCommunityRegisteredNamed));
		// the case's kind follows the community's rights; a community not 市属非经 gets a central unit's case
		samples.put("housing.ownership.register", rights -> Sample.write(Map.of(), marker -> """
				{"communityId":"%s","kind":"%s","ownerName":"矩阵产权单位-%s"}""".formatted(
				register(SurveyedCommunity.inJinsong("矩阵产权-" + marker).withPropertyRights(caseKindFor(rights))),
				caseKindFor(rights), marker), 201, OutOfScope.FORBIDDEN,
				marker -> assertThat(read("/api/housing/ownership-cases")).doesNotContain("矩阵产权单位-" + marker)));
		samples.put("housing.ownership.handover", rights -> Sample.writeOnFresh(
				marker -> Map.of("caseId", caseOf(caseKindFor(rights), marker)), marker -> """
						{"handoverStatus":"IN_PROGRESS"}""", 200, OutOfScope.FORBIDDEN,
				marker -> assertThat(read("/api/housing/ownership-cases/" + caseNamed(marker))).contains("NOT_STARTED")));
		return samples;
	}

	/** The fact the joint acceptance's sign-off grants are conditioned on: which party the caller records. */
	private static final String ACCEPTANCE_PARTY = "acceptanceParty";

	/** Votes organised on A by 劲松's street, one per marker, for the writes that move a vote for good. */
	private static final Map<String, String> freshVotes = new java.util.concurrent.ConcurrentHashMap<>();

	private static String voteOfA;

	/** The satisfaction surveys of 朝阳 this year before a refused survey, by marker. */
	private static final Map<String, Integer> surveysBefore = new java.util.concurrent.ConcurrentHashMap<>();

	private static int surveysInChaoyang() {
		return JsonPath.read(read("/api/housing/districts/" + CHAOYANG + "/performance"), "$.surveys");
	}

	/**
	 * A party's sign-off on A's project (an operator's for the matrix's OPERATOR's utility): A's project has no
	 * acceptance, so one who may sign for that party in that place is answered 404, anyone else 403 naming why.
	 */
	private static Sample signOffOfA(String party) {
		return Sample.write(Map.of("projectId", projectOfA), marker -> """
				{"party":"%s",%s"decision":"SIGN","findings":[]}""".formatted(party,
				"OPERATOR".equals(party) ? "\"utility\":\"WATER\"," : ""), 404, OutOfScope.FORBIDDEN,
				marker -> assertNoAcceptanceOfA());
	}

	private static void assertNoAcceptanceOfA() {
		assertThat(gateway.get("/api/housing/projects/" + projectOfA + "/acceptance", token(Role.HOUSING)).status())
			.isEqualTo(404);
	}

	/** An open vote on A, organised by 劲松's street once for the matrix. */
	private static synchronized String voteOfA() {
		if (voteOfA == null) {
			voteOfA = organiseVoteOnA("矩阵表决A");
		}
		return voteOfA;
	}

	/** An open vote on A for this marker, organised on first use. */
	private static String freshVoteOfA(String marker) {
		return freshVotes.computeIfAbsent(marker, key -> organiseVoteOnA("矩阵表决-" + key));
	}

	private static String organiseVoteOnA(String question) {
		Answer organised = gateway.post("/api/housing/votes", RunningSuite.token("STREET", "street", JINSONG), """
				{"communityId":"%s","matter":"HIRE_PROPERTY_COMPANY","question":"%s","owners":120,"area":8000}"""
			.formatted(communityA, question));
		assertThat(organised.status()).as(organised.body()).isEqualTo(201);
		return organised.text("$.id");
	}

	/** The fact a responsible planner's grants are conditioned on: planning's own assignment of the street. */
	private static final String RESPONSIBLE_PLANNER = "responsiblePlanner";

	/** The fact finance's, DRC's and city management's design reads are conditioned on. */
	private static final String DESIGN_STATUS = "designStatus";

	/**
	 * Requests for grants conditioned on the design case (PLANNER: the street's planner as planning assigned it;
	 * FINANCE, DRC, CITY_MGMT: approved schemes only), by fact and operation: the plain sample meets the condition
	 * (A's cases on 劲松, whose planner the matrix's PLANNER is; the approved case); one that does not aims at B's case
	 * on 万寿路 or at A's open case. A list has none: it is answered, narrowed.
	 */
	private static Optional<Sample> conditionedSample(String fact, String operation, Map<String, Sample> samples,
			boolean meets) {
		if (meets) {
			return Optional.ofNullable(samples.get(operation));
		}
		String otherCase = RESPONSIBLE_PLANNER.equals(fact) ? caseOfB : openCaseOfA;
		Sample plain = samples.get(operation);
		return Optional.ofNullable(switch (operation) {
			case "planning.design.read" -> Sample.read(Map.of("projectId", otherCase), OutOfScope.NOT_FOUND);
			case "planning.design.attachment.download" -> Sample.read(
					Map.of("projectId", otherCase, "attachmentId", drawingOfApprovedCase), OutOfScope.NOT_FOUND);
			case "planning.illegal-construction.list" -> Sample.read(Map.of("communityId", communityB),
					OutOfScope.NOT_FOUND);
			case "planning.design.opinions.record", "planning.design.attachment.upload", "planning.design.submit",
					"planning.design.evaluate" -> new Sample(marker -> Map.of("projectId", caseOfB), plain.contentType(),
							plain.body(), plain.allowedStatus(), OutOfScope.NOT_FOUND,
							marker -> assertThat(read("/api/planning/design-cases/" + caseOfB)).doesNotContain(marker));
			default -> null;
		});
	}

	/** The ownership-case kind of a community with these property rights: its own, or else a central unit's. */
	private static String caseKindFor(String rights) {
		return Set.of("CITY_SOE_NON_OPERATING", "CENTRAL_UNIT", "CENTRAL_SOE").contains(rights) ? rights : "CENTRAL_UNIT";
	}

	/** A fresh ownership case of the kind, registered by the commission, its owner named after the marker. */
	private static String caseOf(String kind, String marker) {
		String community = register(SurveyedCommunity.inJinsong("矩阵移交-" + marker).withPropertyRights(kind));
		Answer registered = gateway.post("/api/housing/ownership-cases", token(Role.HOUSING), """
				{"communityId":"%s","kind":"%s","ownerName":"矩阵移交单位-%s"}""".formatted(community, kind, marker));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		return registered.text("$.id");
	}

	/** The id of the ownership case whose owner's name carries the marker. */
	private static String caseNamed(String marker) {
		List<String> ids = JsonPath.read(read("/api/housing/ownership-cases"),
				"$[?(@.ownerName == '矩阵移交单位-" + marker + "')].id");
		assertThat(ids).as("the case of " + marker).hasSize(1);
		return ids.get(0);
	}

	/**
	 * The request for one cell: the operation's sample, or — when the table conditions the grant on the object —
	 * a sample whose object meets the condition ({@code meets}) or does not. Empty when no sample can.
	 */
	private static Optional<Sample> sampleFor(Expectation expectation, Map<String, Sample> samples, boolean meets) {
		if (expectation.condition().isEmpty()) {
			return Optional.ofNullable(samples.get(expectation.operation()));
		}
		if (expectation.condition().keySet().equals(Set.of(ACCEPTANCE_PARTY))) {
			Set<String> parties = expectation.condition().get(ACCEPTANCE_PARTY);
			return Optional.of(signOffOfA(meets ? parties.stream().sorted().findFirst().orElseThrow()
					: Stream.of("BUILDER", "OWNERS", "STREET", "OPERATOR")
						.filter(party -> !parties.contains(party))
						.findFirst()
						.orElseThrow()));
		}
		for (String fact : List.of(RESPONSIBLE_PLANNER, DESIGN_STATUS)) {
			if (expectation.condition().keySet().equals(Set.of(fact))) {
				return conditionedSample(fact, expectation.operation(), samples, meets);
			}
		}
		if (!expectation.condition().keySet().equals(Set.of(PROPERTY_RIGHTS))
				|| !samplesWithPropertyRights().containsKey(expectation.operation())) {
			return Optional.empty();
		}
		String rights = meets ? expectation.condition().get(PROPERTY_RIGHTS).iterator().next() : ORDINARY_RIGHTS;
		if (!meets && expectation.condition().get(PROPERTY_RIGHTS).contains(ORDINARY_RIGHTS)) {
			return Optional.empty();
		}
		return Optional.of(samplesWithPropertyRights().get(expectation.operation()).apply(rights));
	}

	/** A gRPC method's call: on which service's port, and how to call it with a caller's credentials. */
	record GrpcCall(String service, BiFunction<Channel, CallCredentials, Object> call) {
	}

	/**
	 * A call for every gRPC method of the policy, aimed at the same place as the REST samples: community A, 朝阳,
	 * 劲松, the matrix's fiscal year. Lists and streams are filtered to A's name, so a city-wide caller's answer is
	 * small.
	 */
	private static Map<String, GrpcCall> grpcCalls() {
		CommunityFilter onlyA = CommunityFilter.newBuilder().setNameContains(surveyOfA.name()).build();
		Map<String, GrpcCall> calls = new LinkedHashMap<>();
		calls.put("cn.bjrenovation.housing.v1.CommunityService/GetCommunity", new GrpcCall("housing",
				(channel, credentials) -> deadline(CommunityServiceGrpc.newBlockingStub(channel), credentials)
					.getCommunity(GetCommunityRequest.newBuilder().setCommunityId(communityA).build())));
		calls.put("cn.bjrenovation.housing.v1.CommunityService/ListCommunities", new GrpcCall("housing",
				(channel, credentials) -> deadline(CommunityServiceGrpc.newBlockingStub(channel), credentials)
					.listCommunities(ListCommunitiesRequest.newBuilder().setFilter(onlyA).setPageSize(10).build())));
		calls.put("cn.bjrenovation.housing.v1.CommunityService/StreamCommunities", new GrpcCall("housing",
				(channel, credentials) -> {
					List<Object> received = new java.util.ArrayList<>();
					deadline(CommunityServiceGrpc.newBlockingStub(channel), credentials)
						.streamCommunities(StreamCommunitiesRequest.newBuilder().setFilter(onlyA).build())
						.forEachRemaining(received::add);
					return received;
				}));
		calls.put("cn.bjrenovation.housing.v1.CommunityService/GetDistrictSummary", new GrpcCall("housing",
				(channel, credentials) -> deadline(CommunityServiceGrpc.newBlockingStub(channel), credentials)
					.getDistrictSummary(GetDistrictSummaryRequest.newBuilder().setDistrictCode(CHAOYANG).build())));
		calls.put("cn.bjrenovation.housing.v1.ConstructionService/GetGate", new GrpcCall("housing",
				(channel, credentials) -> deadline(ConstructionServiceGrpc.newBlockingStub(channel), credentials)
					.getGate(GetGateRequest.newBuilder().setProjectId(projectOfA).build())));
		calls.put("cn.bjrenovation.housing.v1.ConstructionService/GetProcess", new GrpcCall("housing",
				(channel, credentials) -> deadline(ConstructionServiceGrpc.newBlockingStub(channel), credentials)
					.getProcess(GetProcessRequest.newBuilder().setProjectId(projectOfA).build())));
		calls.put("cn.bjrenovation.housing.v1.ConstructionService/ListOverdueItems", new GrpcCall("housing",
				(channel, credentials) -> deadline(ConstructionServiceGrpc.newBlockingStub(channel), credentials)
					.listOverdueItems(ListOverdueItemsRequest.getDefaultInstance())));
		// A's project has no acceptance: NOT_FOUND past the duty check is the answer a reader in scope gets
		calls.put("cn.bjrenovation.housing.v1.AcceptanceService/GetAcceptance", new GrpcCall("housing",
				(channel, credentials) -> notFoundIsAnAnswer(() -> deadline(AcceptanceServiceGrpc.newBlockingStub(channel),
						credentials)
					.getAcceptance(GetAcceptanceRequest.newBuilder().setProjectId(projectOfA).build()))));
		calls.put("cn.bjrenovation.housing.v1.AcceptanceService/GetVote", new GrpcCall("housing",
				(channel, credentials) -> deadline(AcceptanceServiceGrpc.newBlockingStub(channel), credentials)
					.getVote(GetVoteRequest.newBuilder().setVoteId(voteOfA()).build())));
		calls.put("cn.bjrenovation.housing.v1.AcceptanceService/ListVotes", new GrpcCall("housing",
				(channel, credentials) -> deadline(AcceptanceServiceGrpc.newBlockingStub(channel), credentials)
					.listVotes(ListVotesRequest.newBuilder().setCommunityId(communityA).build())));
		calls.put("cn.bjrenovation.housing.v1.AcceptanceService/GetDistrictPerformance", new GrpcCall("housing",
				(channel, credentials) -> deadline(AcceptanceServiceGrpc.newBlockingStub(channel), credentials)
					.getDistrictPerformance(GetDistrictPerformanceRequest.newBuilder()
						.setDistrictCode(CHAOYANG)
						.setYear(2026)
						.build())));
		calls.put("cn.bjrenovation.housing.v1.ProjectService/GetProject", new GrpcCall("housing",
				(channel, credentials) -> deadline(ProjectServiceGrpc.newBlockingStub(channel), credentials)
					.getProject(GetProjectRequest.newBuilder().setProjectId(projectOfA).build())));
		calls.put("cn.bjrenovation.housing.v1.ProjectService/ListProjects", new GrpcCall("housing",
				(channel, credentials) -> deadline(ProjectServiceGrpc.newBlockingStub(channel), credentials)
					.listProjects(ListProjectsRequest.newBuilder()
						.setFilter(ProjectFilter.newBuilder().setCommunityId(communityA))
						.setPageSize(10)
						.build())));
		// a closed project's watch sends its history and ends
		calls.put("cn.bjrenovation.housing.v1.ProjectService/WatchProject", new GrpcCall("housing",
				(channel, credentials) -> {
					List<Object> received = new java.util.ArrayList<>();
					deadline(ProjectServiceGrpc.newBlockingStub(channel), credentials)
						.watchProject(WatchProjectRequest.newBuilder().setProjectId(closedProjectOfA).build())
						.forEachRemaining(received::add);
					return received;
				}));
		calls.put("cn.bjrenovation.finance.v1.FiscalCapacityService/GetFiscalCapacity", new GrpcCall("finance",
				(channel, credentials) -> deadline(FiscalCapacityServiceGrpc.newBlockingStub(channel), credentials)
					.getFiscalCapacity(GetFiscalCapacityRequest.newBuilder().setYear(year).build())));
		calls.put("cn.bjrenovation.finance.v1.FundingService/GetFundingPlan", new GrpcCall("finance",
				(channel, credentials) -> deadline(FundingServiceGrpc.newBlockingStub(channel), credentials)
					.getFundingPlan(GetFundingPlanRequest.newBuilder().setProjectId(fundedProject).build())));
		calls.put("cn.bjrenovation.finance.v1.FundingService/GetLedgerBalance", new GrpcCall("finance",
				(channel, credentials) -> deadline(FundingServiceGrpc.newBlockingStub(channel), credentials)
					.getLedgerBalance(GetLedgerBalanceRequest.getDefaultInstance())));
		calls.put("cn.bjrenovation.finance.v1.FundingService/GetBudgetLine", new GrpcCall("finance",
				(channel, credentials) -> deadline(FundingServiceGrpc.newBlockingStub(channel), credentials)
					.getBudgetLine(GetBudgetLineRequest.newBuilder().setBudgetLineId(lineOfYear).build())));
		calls.put("cn.bjrenovation.planning.v1.PlannerService/GetResponsiblePlanner", new GrpcCall("planning",
				(channel, credentials) -> deadline(PlannerServiceGrpc.newBlockingStub(channel), credentials)
					.getResponsiblePlanner(GetResponsiblePlannerRequest.newBuilder().setStreetCode(JINSONG).build())));
		calls.put("cn.bjrenovation.planning.v1.DesignService/GetDesignCase", new GrpcCall("planning",
				(channel, credentials) -> deadline(DesignServiceGrpc.newBlockingStub(channel), credentials)
					.getDesignCase(GetDesignCaseRequest.newBuilder().setProjectId(approvedCaseOfA).build())));
		calls.put("cn.bjrenovation.planning.v1.DesignService/ListDesignCases", new GrpcCall("planning",
				(channel, credentials) -> deadline(DesignServiceGrpc.newBlockingStub(channel), credentials)
					.listDesignCases(ListDesignCasesRequest.newBuilder()
						.setFilter(DesignCaseFilter.newBuilder().setStreetCode(JINSONG))
						.setPageSize(10)
						.build())));
		calls.put("cn.bjrenovation.planning.v1.DesignService/DownloadAttachment", new GrpcCall("planning",
				(channel, credentials) -> {
					List<Object> received = new java.util.ArrayList<>();
					deadline(DesignServiceGrpc.newBlockingStub(channel), credentials)
						.downloadAttachment(DownloadAttachmentRequest.newBuilder()
							.setProjectId(approvedCaseOfA)
							.setAttachmentId(drawingOfApprovedCase)
							.build())
						.forEachRemaining(received::add);
					return received;
				}));
		calls.put("cn.bjrenovation.pipeline.v1.StreetCoordinationService/ListStreetCommunities", new GrpcCall("pipeline",
				(channel, credentials) -> deadline(StreetCoordinationServiceGrpc.newBlockingStub(channel), credentials)
					.listStreetCommunities(ListStreetCommunitiesRequest.newBuilder().setStreetCode(JINSONG).build())));
		calls.put("cn.bjrenovation.pipeline.v1.CoordinationService/GetCoordinationPlan", new GrpcCall("pipeline",
				(channel, credentials) -> deadline(CoordinationServiceGrpc.newBlockingStub(channel), credentials)
					.getCoordinationPlan(GetCoordinationPlanRequest.newBuilder().setProjectId(planOnJinsong).build())));
		calls.put("cn.bjrenovation.pipeline.v1.CoordinationService/ListStreetWindows", new GrpcCall("pipeline",
				(channel, credentials) -> deadline(CoordinationServiceGrpc.newBlockingStub(channel), credentials)
					.listStreetWindows(ListStreetWindowsRequest.newBuilder().setStreetCode(JINSONG).build())));
		return calls;
	}

	private static <S extends io.grpc.stub.AbstractStub<S>> S deadline(S stub, CallCredentials credentials) {
		return stub.withCallCredentials(credentials).withDeadlineAfter(10, TimeUnit.SECONDS);
	}

	@BeforeAll
	static void createTargets() {
		gateway = RunningSuite.gateway();
		for (StackLayout.Service service : RunningSuite.get().layout().departmentServices()) {
			String name = service.name().replace("-service", "");
			servicePorts.put(name, new SuiteClient("http://127.0.0.1:" + service.httpPort()));
			grpcPorts.put(name, ManagedChannelBuilder.forAddress("127.0.0.1", service.grpcPort()).usePlaintext().build());
		}
		// gateway and service ports each register fresh buildings in A (corrections, retirements): room for them all
		surveyOfA = SurveyedCommunity.inJinsong(SurveyedCommunity.uniqueName("矩阵A"))
			.withPropertyRights("CITY_SOE_NON_OPERATING")
			.withBuildingCount(400);
		communityA = register(surveyOfA);
		communityB = register(SurveyedCommunity.inWanshoulu(SurveyedCommunity.uniqueName("矩阵B")));
		Answer building = gateway.post("/api/housing/communities/" + communityA + "/buildings",
				token(Role.DISTRICT), building("矩阵简易楼-" + shortId(), true));
		assertThat(building.status()).as(building.body()).isEqualTo(201);
		buildingOfA = building.text("$.id");
		Answer ownership = gateway.post("/api/housing/ownership-cases", token(Role.SASAC), """
				{"communityId":"%s","kind":"CITY_SOE_NON_OPERATING","ownerName":"首开集团"}""".formatted(communityA));
		assertThat(ownership.status()).as(ownership.body()).isEqualTo(201);
		caseOfA = ownership.text("$.id");
		Answer survey = gateway.call("POST", "/api/housing/survey-imports/communities", token(Role.DISTRICT), CSV,
				SurveyedCommunity.inJinsong(SurveyedCommunity.uniqueName("矩阵普查")).csv());
		assertThat(survey.status()).as(survey.body()).isEqualTo(202);
		importOfChaoyang = survey.text("$.id");
		year = ThreadLocalRandom.current().nextInt(2030, 2100);
		Answer line = gateway.post("/api/finance/budget-lines", token(Role.FINANCE), """
				{"fiscalYear":%d,"source":"MUNICIPAL_BUDGET","amountFen":500000000,"description":"矩阵测试"}"""
			.formatted(year));
		assertThat(line.status()).as(line.body()).isEqualTo(201);
		lineOfYear = line.text("$.id");
		fundA();
		Answer planner = gateway.put("/api/planning/streets/" + JINSONG + "/planner", token(Role.PLANNING),
				PLANNER_OF_JINSONG);
		assertThat(planner.status()).as(planner.body()).isEqualTo(200);
		planYear = budgetedPlanYear();
		Answer plan = gateway.post("/api/housing/annual-plans", token(Role.HOUSING), """
				{"year":%d,"projectIds":["%s"]}""".formatted(planYear, freshReservedBasic("矩阵计划")));
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);
		closedProjectOfA = applyForA("矩阵已撤回");
		withdrawOpenProjectsOfA();
		projectOfA = applyForA("矩阵项目A");
		planOnJinsong = approveDesignWithWaterOnJinsong();

		// planning and pipeline learn of communities from housing's events: wait until both know A and B
		await().atMost(PROPAGATION).untilAsserted(() -> {
			for (String id : List.of(communityA, communityB)) {
				Answer inPlanning = gateway.get("/api/planning/communities/" + id, token(Role.PLANNING));
				assertThat(inPlanning.status()).as(inPlanning.body()).isEqualTo(200);
			}
			assertThat(communitiesListedOn(JINSONG)).contains(communityA);
			assertThat(communitiesListedOn(WANSHOULU)).contains(communityB);
			Answer coordination = gateway.get("/api/pipeline/plans/" + planOnJinsong, token(Role.CITY_MGMT));
			assertThat(coordination.status()).as(coordination.body()).isEqualTo(200);
		});
		Properties producer = new Properties();
		producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + RunningSuite.get().layout().kafkaPort());
		housingFacts = new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer());
		openCaseOfA = plan(communityA, JINSONG);
		caseOfB = plan(communityB, WANSHOULU);
		approvedCaseOfA = plan(communityA, JINSONG);
		Answer drawing = gateway.call("POST", "/api/planning/design-cases/" + approvedCaseOfA
				+ "/attachments?kind=DRAWING&fileName=plan.pdf", token(Role.PLANNER), "application/pdf",
				"%PDF-1.4 矩阵总平面图");
		assertThat(drawing.status()).as(drawing.body()).isEqualTo(201);
		drawingOfApprovedCase = drawing.text("$.id");
		submit(approvedCaseOfA, scheme("矩阵方案").replace("\"attachmentIds\":[]",
				"\"attachmentIds\":[\"" + drawingOfApprovedCase + "\"]"));
		Answer approved = gateway.post("/api/planning/design-cases/" + approvedCaseOfA + "/review", token(Role.PLANNING),
				"""
						{"decision":"APPROVE"}""");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);

		// housing reads finance over gRPC; an earlier test may have left its circuit breaker open for a while
		await().atMost(PROPAGATION).untilAsserted(() -> assertThat(
				gateway.get("/api/housing/annual-plans/" + year + "/fiscal-capacity", token(Role.HOUSING)).status())
			.isEqualTo(200));
	}

	@AfterAll
	static void closeGrpcPorts() {
		grpcPorts.values().forEach(ManagedChannel::shutdownNow);
		if (housingFacts != null) {
			housingFacts.close();
		}
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
			String path = pathOf(operation, sample.pathVariables().apply(shortId()));
			assertThat(POLICY.forRequest(operation.method(), path).map(Operation::id))
				.as("%s %s", operation.method(), path)
				.contains(id);
		});
	}

	@Test
	void everyGrpcMethodOfThePolicyHasACallAndEveryCallIsForOne() {
		Set<String> methods = new java.util.TreeSet<>();
		POLICY.operations().stream().map(Operation::grpcMethod).filter(method -> method != null).forEach(methods::add);
		assertThat(grpcCalls().keySet()).as("gRPC methods of %s with a call in grpcCalls()", DutyPolicy.LOCATION)
			.containsExactlyInAnyOrderElementsOf(methods);
	}

	/** Role × operation: every role, with its claims in scope of the target, through the gateway. */
	@TestFactory
	Stream<DynamicNode> everyRoleIsAnsweredAtTheGatewayAsAnnex2Says() {
		return restOperations().map(operation -> restCells(operation, gateway, "gateway"));
	}

	/**
	 * The same matrix on each service's own HTTP port, bypassing the gateway: a service must hold every caller to
	 * Annex 2 itself. Allow or deny only; object scope is left to the gateway matrix (the same code answers it).
	 * {@code gateway.*} operations have no service.
	 */
	@TestFactory
	Stream<DynamicNode> everyServicePortAnswersAsAnnex2SaysBypassingTheGateway() {
		return restOperations().filter(operation -> !operation.id().startsWith("gateway.")).map(operation -> {
			String service = operation.path().split("/")[2];
			SuiteClient port = servicePorts.get(service);
			if (port == null) {
				return DynamicTest.dynamicTest(operation.id() + " has a service port",
						() -> fail("%s (%s) names no department service of %s", operation.id(), operation.path(),
								servicePorts.keySet()));
			}
			return restCells(operation, port, service + " port");
		});
	}

	/**
	 * Every gRPC method of the policy × every role on its service's gRPC port: an allowed caller in scope is
	 * answered (OK), a denied one gets PERMISSION_DENIED naming the operation.
	 */
	@TestFactory
	Stream<DynamicNode> everyGrpcMethodAnswersAsAnnex2SaysOnItsServicePort() {
		Map<String, GrpcCall> calls = grpcCalls();
		return POLICY.operations().stream().filter(operation -> operation.grpcMethod() != null).map(operation -> {
			GrpcCall call = calls.get(operation.grpcMethod());
			if (call == null) {
				return DynamicTest.dynamicTest(operation.grpcMethod() + " has a call",
						() -> fail("%s has gRPC method %s but no call in grpcCalls()", DutyPolicy.LOCATION,
								operation.grpcMethod()));
			}
			String method = operation.grpcMethod().substring(operation.grpcMethod().lastIndexOf('.') + 1);
			return DynamicContainer.dynamicContainer(operation.id() + " (gRPC " + method + ")",
					Arrays.stream(Role.values()).map(role -> {
						Optional<Expectation> expectation = ANNEX2.expectation(operation.id(), role);
						if (expectation.isEmpty()) {
							return noRow(operation, role);
						}
						boolean allowed = expectation.get().allowed();
						return DynamicTest.dynamicTest(operation.id() + " × " + role + " on the " + call.service()
								+ " gRPC port → " + (allowed ? "OK" : "PERMISSION_DENIED"), () -> {
									Status status = callGrpc(call, token(role));
									if (allowed) {
										assertThat(status.getCode()).as("%s × %s: %s (%s)", method, role,
												status.getDescription(), expectation.get())
											.isNotIn(Status.Code.PERMISSION_DENIED, Status.Code.UNAUTHENTICATED)
											.isEqualTo(Status.Code.OK);
									}
									else {
										assertThat(status.getCode()).as("%s × %s: %s (%s)", method, role,
												status.getDescription(), expectation.get())
											.isEqualTo(Status.Code.PERMISSION_DENIED);
										assertThat(status.getDescription()).contains(operation.id());
									}
								});
					}));
		});
	}

	/** One REST operation × every role at one door, answered as the table says. */
	private static DynamicNode restCells(Operation operation, SuiteClient door, String doorName) {
		Map<String, Sample> samples = samples();
		if (!samples.containsKey(operation.id())) {
			return DynamicTest.dynamicTest(operation.id() + " has a request sample",
					() -> fail("%s has REST operation %s (%s %s) but no request sample: add one to samples()",
							DutyPolicy.LOCATION, operation.id(), operation.method(), operation.path()));
		}
		return DynamicContainer.dynamicContainer(operation.id() + " at the " + doorName,
				Arrays.stream(Role.values()).flatMap(role -> {
					Optional<Expectation> found = ANNEX2.expectation(operation.id(), role);
					if (found.isEmpty()) {
						return Stream.of(noRow(operation, role));
					}
					Expectation expectation = found.get();
					Sample plain = samples.get(operation.id());
					if (!expectation.allowed()) {
						return Stream.of(refusedCell(operation, plain, role, door, doorName));
					}
					Optional<Sample> meeting = sampleFor(expectation, samples, true);
					if (meeting.isEmpty()) {
						return Stream.of(DynamicTest.dynamicTest(cellName(operation, role, "a sample meeting "
								+ expectation.conditionText()), () -> fail("no request sample of %s meets %s", operation.id(),
										expectation.conditionText())));
					}
					DynamicTest allowed = allowedCell(operation, meeting.get(), role, door, doorName, expectation);
					if (expectation.condition().isEmpty()) {
						return Stream.of(allowed);
					}
					return Stream.concat(Stream.of(allowed), sampleFor(expectation, samples, false).stream()
						.map(unmet -> conditionUnmetCell(operation, unmet, role, door, doorName, expectation)));
				}));
	}

	private static DynamicTest noRow(Operation operation, Role role) {
		return DynamicTest.dynamicTest(operation.id() + " × " + role + " has a row in " + Annex2Expectations.LOCATION,
				() -> fail("%s × %s: no row in %s — write down what Annex 2 says", operation.id(), role,
						Annex2Expectations.LOCATION));
	}

	/**
	 * Object scope: every allowance of the table limited to a district, street or community, called through the
	 * gateway with the claim pointing elsewhere. The gateway lets these through (the role holds the duty); the
	 * service must refuse them.
	 */
	@TestFactory
	Stream<DynamicNode> scopedCallersAreRefusedOutsideTheirPlace() {
		Map<String, Sample> samples = samples();
		return restOperations().filter(operation -> samples.containsKey(operation.id()))
			.flatMap(operation -> ANNEX2.forOperation(operation.id())
				.stream()
				.filter(expectation -> expectation.scope().filter(AuthorizationMatrixTest::isPlaceScoped).isPresent())
				.filter(expectation -> samples.get(operation.id()).outOfScope() != OutOfScope.NO_OBJECT)
				.map(expectation -> outOfScopeCell(operation,
						sampleFor(expectation, samples, true).orElse(samples.get(operation.id())), expectation.role())));
	}

	/**
	 * Without a filter a scoped caller's list is narrowed to its own place (the matrix checks that); asking
	 * explicitly for another district or street is refused naming the operation, not silently answered with one's
	 * own place. Asking for one's own place answers with community A.
	 */
	@Test
	void scopedCallersAskingForAnotherPlaceAreRefusedNotAnsweredWithTheirOwn() {
		record Query(String operation, String path, String inChaoyang, boolean byStreet) {
		}
		String nameOfA = URLEncoder.encode(surveyOfA.name(), StandardCharsets.UTF_8);
		List<Query> queries = List.of(
				new Query("housing.community.list", "/api/housing/communities",
						"?districtCode=" + CHAOYANG + "&q=" + nameOfA, true),
				new Query("housing.community.map", "/api/housing/map/communities",
						"?districtCode=" + CHAOYANG + "&q=" + nameOfA, true),
				// the ledger holds A's simple building
				new Query("housing.ledger.list", "/api/housing/dangerous-buildings",
						"?districtCode=" + CHAOYANG + "&pageSize=500", false),
				// the funded project is community A's
				new Query("finance.funding-plan.list", "/api/finance/funding-plans",
						"?districtCode=" + CHAOYANG + "&year=" + year + "&pageSize=200", false));
		String districtOfHaidian = RunningSuite.token("DISTRICT", "district", HAIDIAN);
		String streetOfWanshoulu = RunningSuite.token("STREET", "street", WANSHOULU);
		for (Query query : queries) {
			Answer own = gateway.get(query.path() + query.inChaoyang(), token(Role.DISTRICT));
			assertThat(own.status()).as("%s: %s", query.operation(), own.body()).isEqualTo(200);
			assertThat(own.body()).as(query.operation()).contains(communityA);

			assertRefused(query.operation(), gateway.get(query.path() + "?districtCode=" + CHAOYANG, districtOfHaidian));
			if (query.byStreet()) {
				assertRefused(query.operation(), gateway.get(query.path() + "?streetCode=" + JINSONG, streetOfWanshoulu));
			}
		}
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

	private static DynamicTest allowedCell(Operation operation, Sample sample, Role role, SuiteClient door,
			String doorName, Expectation expectation) {
		String condition = expectation.condition().isEmpty() ? "" : " (" + expectation.conditionText() + ")";
		return DynamicTest.dynamicTest(cellName(operation, role, doorName, "allowed" + condition + ", "
				+ sample.allowedStatus()), () -> {
					Answer answer = call(door, operation, sample, token(role), shortId());

					assertThat(answer.status()).as("%s × %s at the %s: %s (%s)", operation.id(), role, doorName,
							answer.body(), expectation).isNotIn(401, 403);
					assertThat(answer.status()).as("%s × %s at the %s: %s", operation.id(), role, doorName, answer.body())
						.isEqualTo(sample.allowedStatus());
				});
	}

	private static DynamicTest refusedCell(Operation operation, Sample sample, Role role, SuiteClient door,
			String doorName) {
		return DynamicTest.dynamicTest(cellName(operation, role, doorName, "403"), () -> {
			Answer answer = call(door, operation, sample, token(role), shortId());

			assertThat(answer.status()).as("%s × %s at the %s: %s (%s)", operation.id(), role, doorName, answer.body(),
					ANNEX2.expectation(operation.id(), role).orElseThrow()).isEqualTo(403);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.text("$.operation")).isEqualTo(operation.id());
			assertThat(answer.text("$.detail")).contains(role.name());
		});
	}

	/**
	 * A grant conditioned on the object (SASAC: 市属非经 only), called for an object that does not meet it: refused,
	 * either outright (403 naming the operation) or, for a survey file, row by row for that fact — and nothing of
	 * it comes to exist.
	 */
	private static DynamicTest conditionUnmetCell(Operation operation, Sample sample, Role role, SuiteClient door,
			String doorName, Expectation expectation) {
		return DynamicTest.dynamicTest(cellName(operation, role, doorName, "refused for an object not meeting "
				+ expectation.conditionText()), () -> {
					String marker = shortId();
					String token = token(role);
					Answer answer = call(door, operation, sample, token, marker);

					// an existing object whose facts do not meet the condition is out of reach: not found, as if absent
					assertThat(answer.status()).as("%s × %s at the %s, object not meeting %s: %s", operation.id(), role,
							doorName, expectation.conditionText(), answer.body())
						.isIn(sample.outOfScope() == OutOfScope.NOT_FOUND ? List.of(404) : List.of(403, 202));
					if (answer.status() == 404) {
						assertThat(answer.contentType()).startsWith("application/problem+json");
					}
					else if (answer.status() == 403) {
						assertThat(answer.contentType()).startsWith("application/problem+json");
						assertThat(answer.text("$.operation")).isEqualTo(operation.id());
					}
					else {
						assertThat(sample.outOfScope()).as("only a survey file may be answered 202 and refused by row")
							.isEqualTo(OutOfScope.ROWS_REFUSED);
						assertEveryRowRefused(answer, token, expectation.condition().keySet());
					}
					if (!"GET".equals(operation.method())) {
						assertThat(sample.leavesNoTrace()).as("%s: a conditioned write's sample must say how to see that a "
								+ "refusal changed nothing", operation.id()).isNotNull();
						sample.leavesNoTrace().accept(marker);
					}
				});
	}

	private static DynamicTest outOfScopeCell(Operation operation, Sample sample, Role role) {
		String[] claims = claimsElsewhere(role);
		String name = operation.id() + " × " + role + " of " + claims[1] + " (out of scope) → "
				+ sample.outOfScope().status + (sample.outOfScope() == OutOfScope.NARROWED ? " without A"
						: sample.outOfScope() == OutOfScope.ROWS_REFUSED ? " rows refused" : "");
		return DynamicTest.dynamicTest(name, () -> {
			String marker = shortId();
			String token = RunningSuite.token(role.name(), claims);
			Answer answer = call(gateway, operation, sample, token, marker);

			assertThat(answer.status()).as("%s × %s elsewhere: %s", operation.id(), role, answer.body())
				.isEqualTo(sample.outOfScope().status);
			switch (sample.outOfScope()) {
				case FORBIDDEN -> {
					assertThat(answer.contentType()).startsWith("application/problem+json");
					assertThat(answer.text("$.operation")).isEqualTo(operation.id());
				}
				case NOT_FOUND -> assertThat(answer.contentType()).startsWith("application/problem+json");
				case NARROWED -> assertThat(answer.body()).as("%s × %s elsewhere", operation.id(), role)
					.doesNotContain(communityA);
				case ROWS_REFUSED -> assertEveryRowRefusedForItsPlace(answer, token);
				case NO_OBJECT -> throw new IllegalStateException(operation.id() + " acts on no object");
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

	private static String cellName(Operation operation, Role role, String doorName, String outcome) {
		return operation.id() + " × " + role + " at the " + doorName + " → " + outcome;
	}

	private static Answer call(SuiteClient door, Operation operation, Sample sample, String token, String marker) {
		// the path first: a fresh target made from the marker exists when the body is made
		String path = pathOf(operation, sample.pathVariables().apply(marker));
		String body = sample.body() == null ? null : sample.body().apply(marker);
		return door.call(operation.method(), path, token, sample.contentType(), body);
	}

	/** A read whose object is absent: NOT_FOUND from the use case (past the duty check) counts as answered. */
	private static Object notFoundIsAnAnswer(java.util.function.Supplier<Object> call) {
		try {
			return call.get();
		}
		catch (StatusRuntimeException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				return ex.getStatus();
			}
			throw ex;
		}
	}

	private static Status callGrpc(GrpcCall call, String token) {
		try {
			call.call().apply(grpcPorts.get(call.service()), BearerCredentials.of(token));
			return Status.OK;
		}
		catch (StatusRuntimeException ex) {
			return ex.getStatus();
		}
	}

	private static String pathOf(Operation operation, Map<String, String> pathVariables) {
		String path = operation.path();
		for (Map.Entry<String, String> variable : pathVariables.entrySet()) {
			path = path.replace("{" + variable.getKey() + "}", variable.getValue());
		}
		return path;
	}

	/**
	 * The REST operations held to roles. The public ones (公示, {@code public: true}) are everyone's: no role's answer
	 * differs from an anonymous one, and {@code PublicBoardProbeTest} checks them and what lies around them.
	 */
	private static Stream<Operation> restOperations() {
		return POLICY.operations().stream().filter(operation -> operation.path() != null && !operation.open());
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
		return SurveyedCommunity.inJinsong("矩阵" + marker).json();
	}

	private static String building(String number, boolean simpleBuilding) {
		return """
				{"number":"%s","floors":6,"units":3,"buildYear":1980,"structure":"BRICK_CONCRETE","floorArea":100,\
				"households":2,"seismicReinforcementNeeded":true,"energyRetrofitNeeded":false,"elevator":"FEASIBLE",\
				"dangerousGrade":null,"simpleBuilding":%s}""".formatted(number, simpleBuilding);
	}

	/** A buildings survey file with one building of community A. */
	private static String buildingsCsv(String number) {
		return BUILDINGS_CSV_HEADER + "\n" + String.join(",", JINSONG, surveyOfA.name(), number, "6", "3", "1980",
				"BRICK_CONCRETE", "100", "2", "true", "false", "FEASIBLE", "", "false") + "\n";
	}

	/** A refused registration or import must leave no community behind, retired or not. */
	private static void assertNoCommunityRegisteredNamed(String marker) {
		Answer found = gateway.get("/api/housing/communities?includeRetired=true&q=" + marker, token(Role.HOUSING));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(found.json().read("$.items", List.class)).as(found.body()).isEmpty();
	}

	private static void assertCommunityNamedNotRetired(String marker) {
		Answer community = gateway.get("/api/housing/communities/" + communityNamed(marker), token(Role.HOUSING));
		assertThat(community.status()).as(community.body()).isEqualTo(200);
		assertThat(community.json().read("$.retired", Boolean.class)).as(community.body()).isFalse();
	}

	/** A building of A registered by the commission, for a call that changes it; its id. */
	private static String freshBuildingOfA(String number) {
		Answer created = gateway.post("/api/housing/communities/" + communityA + "/buildings", token(Role.HOUSING),
				building(number, false));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("$.id");
	}

	/** A correction of a fresh building (version 1): renumbered, one floor more. */
	private static String correction(String number) {
		return building(number, false).replace("\"floors\":6", "\"floors\":7").replace("}", ",\"version\":1}");
	}

	private static String buildingOfANumbered(String number) {
		Answer buildings = gateway.get("/api/housing/communities/" + communityA + "/buildings", token(Role.HOUSING));
		List<?> ids = buildings.json().read("$[?(@.number == '" + number + "')].id", List.class);
		assertThat(ids).as(buildings.body()).hasSize(1);
		return String.valueOf(ids.get(0));
	}

	private static void assertNoBuildingOfANumbered(String marker) {
		assertThat(read("/api/housing/communities/" + communityA + "/buildings")).doesNotContain(marker);
	}

	/**
	 * Follows a survey import to its end: every row must have been refused, each for its place (district or
	 * street), and none imported.
	 */
	private static void assertEveryRowRefusedForItsPlace(Answer accepted, String token) {
		assertEveryRowRefused(accepted, token, PLACE_FIELDS);
	}

	/** As {@link #assertEveryRowRefusedForItsPlace}, each row refused for one of the given fields. */
	private static void assertEveryRowRefused(Answer accepted, String token, Set<String> refusedFields) {
		String path = "/api/housing/survey-imports/" + accepted.text("$.id");
		Answer report = await().atMost(PROPAGATION)
			.until(() -> gateway.get(path, token), answer -> answer.status() != 200
					|| !"RUNNING".equals(answer.text("$.status")));
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.text("$.status")).as(report.body()).isEqualTo("COMPLETED");
		assertThat(report.json().read("$.importedRows", Integer.class)).as(report.body()).isZero();
		assertThat(report.json().read("$.rejectedRows", Integer.class)).as(report.body())
			.isPositive()
			.isEqualTo(report.json().read("$.totalRows", Integer.class));
		List<?> fields = report.json().read("$.problems[*].field", List.class);
		assertThat(fields).as(report.body()).isNotEmpty().allMatch(field -> refusedFields.contains(field));
	}

	private static void assertRefused(String operation, Answer answer) {
		assertThat(answer.status()).as("%s: %s", operation, answer.body()).isEqualTo(403);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.text("$.operation")).as(answer.body()).isEqualTo(operation);
	}

	private static String register(SurveyedCommunity community) {
		Answer registered = gateway.post("/api/housing/communities", token(Role.HOUSING), community.json());
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		return registered.text("$.id");
	}

	/** The id of the one community whose name carries the marker. */
	private static String communityNamed(String marker) {
		Answer found = gateway.get("/api/housing/communities?includeRetired=true&q=" + marker, token(Role.HOUSING));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		List<?> ids = found.json().read("$.items[*].id", List.class);
		assertThat(ids).as(found.body()).hasSize(1);
		return String.valueOf(ids.get(0));
	}

	private static long versionOf(String communityId) {
		Answer community = gateway.get("/api/housing/communities/" + communityId, token(Role.HOUSING));
		assertThat(community.status()).as(community.body()).isEqualTo(200);
		return community.json().read("$.version", Long.class);
	}

	/** A read as the housing commission, which sees everything: to check what a refused call left behind. */
	private static String read(String path) {
		Answer answer = gateway.get(path, token(Role.HOUSING));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.body();
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

	/** An application of the community, its note carrying the marker. */
	private static String projectApplication(String community, String marker) {
		return """
				{"communityId":"%s","items":[{"code":"WATER_SUPPLY"},{"code":"ELEVATOR_ADDITION"}],\
				"consent":{"owners":120,"ownersAgreeing":100,"area":8000.0,"areaAgreeing":6900.0},\
				"obligationsAccepted":true,"note":"矩阵 %s"}""".formatted(community, marker);
	}

	private static String communityOrgOf(String community) {
		return RunningSuite.token("COMMUNITY_ORG", "community", community);
	}

	/** Community A's organisation applies for A; the new project's id. */
	private static String applyForA(String marker) {
		Answer applied = gateway.post("/api/housing/projects", communityOrgOf(communityA),
				projectApplication(communityA, marker));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		return applied.text("$.id");
	}

	/** Withdraws every project of A still open before the plan, so A may apply again (one application per round). */
	private static void withdrawOpenProjectsOfA() {
		Answer listed = gateway.get("/api/housing/projects?pageSize=500&communityId=" + communityA,
				communityOrgOf(communityA));
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		List<String> open = listed.json().read("$.items[?(@.status != 'WITHDRAWN')].id", List.class);
		for (String id : open) {
			Answer withdrawn = gateway.post("/api/housing/projects/" + id + "/withdrawal", communityOrgOf(communityA),
					"""
							{"reasons":["矩阵: 重新申报"]}""");
			assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		}
	}

	/** A fresh project of community A, APPLIED or RETURNED (by the street), remembered under the marker. */
	private static String freshProjectOfA(String marker, boolean returned) {
		withdrawOpenProjectsOfA();
		String id = applyForA(marker);
		if (returned) {
			moveProject(id, "street-review", token(Role.STREET), "RETURN");
		}
		projectsByMarker.put(marker, id);
		return id;
	}

	/**
	 * A project of a fresh community on 劲松, moved to the status asked for (APPLIED, STREET_ACCEPTED or
	 * DISTRICT_ACCEPTED), remembered under the marker. {@code readyForThePool}: the community has formed its owners'
	 * organisation and determined its property company (plan §三(一)), so the joint conference may approve it.
	 */
	private static String freshProject(String marker, boolean readyForThePool, String status) {
		SurveyedCommunity surveyed = SurveyedCommunity.inJinsong("矩阵项目-" + marker);
		String json = readyForThePool ? surveyed.jsonReadyForThePool("OWNERS_COMMITTEE") : surveyed.json();
		Answer registered = gateway.post("/api/housing/communities", token(Role.HOUSING), json);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String community = registered.text("$.id");
		Answer applied = gateway.post("/api/housing/projects", communityOrgOf(community),
				projectApplication(community, marker));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		String id = applied.text("$.id");
		if (!"APPLIED".equals(status)) {
			moveProject(id, "street-review", token(Role.STREET), "ACCEPT");
		}
		if ("DISTRICT_ACCEPTED".equals(status)) {
			moveProject(id, "district-review", token(Role.DISTRICT), "ACCEPT");
		}
		projectsByMarker.put(marker, id);
		return id;
	}

	private static void moveProject(String id, String step, String token, String decision) {
		Answer moved = gateway.post("/api/housing/projects/" + id + "/" + step, token, """
				{"decision":"%s","reasons":["矩阵准备"]}""".formatted(decision));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	/** A year no plan has yet, with a budget line large enough for any plan of the matrix. */
	private static int budgetedPlanYear() {
		int fresh = planYears.incrementAndGet();
		Answer line = gateway.post("/api/finance/budget-lines", token(Role.FINANCE), """
				{"fiscalYear":%d,"source":"MUNICIPAL_BUDGET","amountFen":1000000000000,"description":"矩阵计划"}"""
			.formatted(fresh));
		assertThat(line.status()).as(line.body()).isEqualTo(201);
		return fresh;
	}

	/**
	 * A project of a fresh community on 劲松 wanting basic items only (a basic-class task), taken into the reserve pool,
	 * remembered under the marker.
	 */
	private static String freshReservedBasic(String marker) {
		String json = SurveyedCommunity.inJinsong("矩阵储备-" + marker)
			.jsonReadyForThePool("OWNERS_COMMITTEE");
		Answer registered = gateway.post("/api/housing/communities", token(Role.HOUSING), json);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String community = registered.text("$.id");
		Answer applied = gateway.post("/api/housing/projects", communityOrgOf(community),
				projectApplication(community, marker).replace("{\"code\":\"ELEVATOR_ADDITION\"}",
						"{\"code\":\"SEISMIC_REINFORCEMENT\"}"));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		String id = applied.text("$.id");
		moveProject(id, "street-review", token(Role.STREET), "ACCEPT");
		moveProject(id, "district-review", token(Role.DISTRICT), "ACCEPT");
		moveProject(id, "municipal-decision", token(Role.HOUSING), "APPROVE");
		projectsByMarker.put(marker, id);
		return id;
	}

	/** A refused move left the marker's project where it was. */
	private static void assertProjectStatus(String marker, String status) {
		String id = projectsByMarker.get(marker);
		assertThat(id).as("the project made for " + marker).isNotNull();
		Answer project = gateway.get("/api/housing/projects/" + id, token(Role.HOUSING));
		assertThat(project.status()).as(project.body()).isEqualTo(200);
		assertThat(project.text("$.status")).as(project.body()).isEqualTo(status);
	}

	/**
	 * housing's ProjectPlanned for a new project of the community, for the plan of 2026, as housing's outbox writes it
	 * (contract housing.v1); planning opens its design case. The new project's id, once its case is there.
	 */
	private static String plan(String community, String street) {
		String project = UUID.randomUUID().toString();
		java.time.Instant now = java.time.Instant.now();
		Timestamp at = Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()).build();
		ProjectSnapshot snapshot = ProjectSnapshot.newBuilder()
			.setProjectId(project)
			.setCommunityId(community)
			.setCommunityName("矩阵设计小区")
			.setDistrictCode(street.substring(0, 6))
			.setStreetCode(street)
			.setStatus(ProjectStatus.PLANNED)
			.setPlanYear(2026)
			.setVersion(6)
			.build();
		ProjectPlanned planned = ProjectPlanned.newBuilder()
			.setProject(snapshot)
			.setTransition(ProjectTransition.newBuilder()
				.setSequence(6)
				.setAction("PLAN")
				.setFromStatus(ProjectStatus.RESERVED)
				.setToStatus(ProjectStatus.PLANNED)
				.setSubject("dev-housing")
				.setRole("HOUSING")
				.setAt(at)
				.setYear(2026))
			.setYear(2026)
			.build();
		EventEnvelope envelope = EventEnvelope.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setType(ProjectFacts.PROJECT_PLANNED)
			.setOccurredAt(at)
			.setProducer("housing-service")
			.setSchemaVersion(ProjectFacts.SCHEMA_VERSION)
			.setAggregateId(project)
			.setPayload(planned.toByteString())
			.build();
		try {
			housingFacts.send(new ProducerRecord<>(ProjectFacts.TOPIC, project, envelope.toByteArray()))
				.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not publish ProjectPlanned on the suite's broker", ex);
		}
		await().atMost(PROPAGATION)
			.until(() -> gateway.get("/api/planning/design-cases/" + project, token(Role.PLANNING)).status() == 200);
		return project;
	}

	/** A fresh design case of A, opened (or submitted by the planner), remembered under the marker. */
	private static String freshCase(String marker, boolean submitted) {
		String id = plan(communityA, JINSONG);
		if (submitted) {
			submit(id, scheme(marker));
		}
		casesByMarker.put(marker, id);
		return id;
	}

	private static void submit(String caseId, String scheme) {
		Answer submitted = gateway.post("/api/planning/design-cases/" + caseId + "/schemes", token(Role.PLANNER), scheme);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
	}

	/** A scheme with gas, water and overhead lines, its summary carrying the marker. */
	private static String scheme(String marker) {
		return """
				{"items":[{"catalogueCode":"GAS_SUPPLY","quantity":1200,"unit":"米","estimatedCostFen":30000000},\
				{"catalogueCode":"WATER_SUPPLY","quantity":900,"unit":"米","estimatedCostFen":20000000},\
				{"catalogueCode":"OVERHEAD_LINES","quantity":1,"unit":"项","estimatedCostFen":5000000}],\
				"changesLandRights":false,"changesPlanningConditions":false,"summary":"矩阵 %s","attachmentIds":[]}"""
			.formatted(marker);
	}

	private static String opinions(String marker) {
		String day = LocalDate.now().minusDays(3).toString();
		return """
				{"method":"MEETING","collectedFrom":"%s","collectedTo":"%s","participants":40,"requests":["矩阵 %s"]}"""
			.formatted(day, day, marker);
	}

	/** A refused move left the marker's design case where it was. */
	private static void assertCaseStatus(String marker, String status) {
		String id = casesByMarker.get(marker);
		assertThat(id).as("the design case made for " + marker).isNotNull();
		Answer found = gateway.get("/api/planning/design-cases/" + id, token(Role.PLANNING));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(found.text("$.status")).as(found.body()).isEqualTo(status);
	}

	/** A fresh illegal-construction determination on B, by the commission. */
	private static String freshDetermination(String marker) {
		Answer determined = gateway.post("/api/planning/communities/" + communityB + "/illegal-constructions",
				token(Role.PLANNING), """
						{"what":"矩阵 %s 待拆","location":"2号楼东侧","decision":"RECTIFY"}""".formatted(marker));
		assertThat(determined.status()).as(determined.body()).isEqualTo(201);
		return determined.text("$.id");
	}

	/**
	 * A funded project of community A: the year gets district and bond lines too, planning's DesignApproved is published
	 * to the suite's broker as planning's outbox would, and once finance has drafted the plan it is committed, posted
	 * and its first tranche paid; an agreement and a maintenance fund of A are recorded.
	 */
	private static void fundA() {
		for (String source : List.of("DISTRICT_BUDGET", "GOVERNMENT_BOND")) {
			Answer added = gateway.post("/api/finance/budget-lines", token(Role.FINANCE), """
					{"fiscalYear":%d,"source":"%s","amountFen":500000000,"description":"矩阵测试"}""".formatted(year,
					source));
			assertThat(added.status()).as(added.body()).isEqualTo(201);
		}
		fundedProject = UUID.randomUUID().toString();
		publishDesignApproved(fundedProject);
		await().atMost(PROPAGATION).untilAsserted(() -> assertThat(gateway
			.get("/api/finance/funding-plans/" + fundedProject, token(Role.FINANCE))
			.status()).isEqualTo(200));
		for (String step : List.of("commitment", "commitment/posting")) {
			Answer moved = gateway.post("/api/finance/funding-plans/" + fundedProject + "/" + step, token(Role.FINANCE),
					"{}");
			assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		}
		Answer paid = gateway.post("/api/finance/funding-plans/" + fundedProject + "/disbursements", token(Role.FINANCE),
				FIRST_TRANCHE.formatted(fundedProject));
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		Answer agreement = gateway.post("/api/finance/social-capital-agreements", token(Role.DRC),
				socialCapitalAgreement(shortId()));
		assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
		agreementOfA = agreement.text("$.id");
		Answer raised = gateway.post("/api/finance/maintenance-funds/" + communityA + "/raisings", token(Role.HPF), """
				{"districtCode":"110105","amountFen":1000000,"vote":%s}""".formatted(PASSING_VOTE.formatted("矩阵")));
		assertThat(raised.status()).as(raised.body()).isEqualTo(201);
	}

	private static String socialCapitalAgreement(String marker) {
		return """
				{"projectId":"%s","party":"矩阵社会资本 %s","items":["ELDERLY_CARE"],"amountFen":100000,\
				"terms":"微利可持续","termYears":20,"returnCapBasisPoints":500,"declaredIncomeFen":{"ELDERLY_CARE":100000}}"""
			.formatted(fundedProject, marker);
	}

	/** planning's DesignApproved for a project of community A, in the suite's broker, as planning's outbox sends it. */
	private static void publishDesignApproved(String project) {
		java.time.Instant now = java.time.Instant.now();
		com.google.protobuf.Timestamp at = com.google.protobuf.Timestamp.newBuilder()
			.setSeconds(now.getEpochSecond())
			.build();
		DesignApproved approved = DesignApproved.newBuilder()
			.setProject(DesignProject.newBuilder()
				.setProjectId(project)
				.setCommunityId(communityA)
				.setCommunityName(surveyOfA.name())
				.setDistrictCode(CHAOYANG)
				.setStreetCode(JINSONG)
				.setPlanYear(year))
			.setSchemeVersion(1)
			.addItems(ApprovedItem.newBuilder()
				.setItem(DesignItem.newBuilder()
					.setCatalogueCode("ELEVATOR_ADDITION")
					.setName("加装电梯")
					.setItemClass(cn.bjrenovation.planning.v1.ItemClass.BASIC)
					.setEstimatedCostFen(1_000_000)))
			.setTotalCostFen(1_000_000)
			.setApprover("matrix-planning")
			.setApprovedAt(at)
			.build();
		EventEnvelope envelope = EventEnvelope.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setType(DesignFacts.DESIGN_APPROVED)
			.setOccurredAt(at)
			.setProducer("planning-service")
			.setSchemaVersion(DesignFacts.SCHEMA_VERSION)
			.setTraceparent("00-" + "0".repeat(31) + "1-" + "0".repeat(15) + "1-01")
			.setAggregateId(project)
			.setPayload(approved.toByteString())
			.build();
		java.util.Properties props = new java.util.Properties();
		props.put("bootstrap.servers", "127.0.0.1:" + RunningSuite.get().layout().kafkaPort());
		props.put("acks", "all");
		try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(props,
				new org.apache.kafka.common.serialization.StringSerializer(),
				new org.apache.kafka.common.serialization.ByteArraySerializer())) {
			producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(DesignFacts.TOPIC, project,
					envelope.toByteArray())).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not publish DesignApproved to the suite's broker", ex);
		}
	}

	/**
	 * Plays planning: produces a DesignApproved with a water item for a fresh project on 劲松 to the suite's broker, as
	 * planning's outbox writes it (planning's design review is not served over REST yet); pipeline drafts a plan.
	 */
	private static String approveDesignWithWaterOnJinsong() {
		String project = UUID.randomUUID().toString();
		DesignApproved approved = DesignApproved.newBuilder()
			.setProject(DesignProject.newBuilder()
				.setProjectId(project)
				.setCommunityId(UUID.randomUUID().toString())
				.setCommunityName("矩阵管线小区")
				.setDistrictCode(CHAOYANG)
				.setStreetCode(JINSONG)
				.setPlanYear(2030))
			.setSchemeVersion(1)
			.addItems(ApprovedItem.newBuilder()
				.setItem(DesignItem.newBuilder()
					.setCatalogueCode("WATER_SUPPLY")
					.setName("供水")
					.setQuantity(100)
					.setUnit("米")
					.setEstimatedCostFen(1_000_000)
					.setTouchesUtility(true)
					.setUtility(UtilityKind.WATER)))
			.build();
		EventEnvelope envelope = EventEnvelope.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setType(DesignFacts.DESIGN_APPROVED)
			.setOccurredAt(com.google.protobuf.Timestamp.newBuilder().setSeconds(java.time.Instant.now().getEpochSecond()))
			.setProducer("planning-service")
			.setSchemaVersion(DesignFacts.SCHEMA_VERSION)
			.setAggregateId(project)
			.setPayload(approved.toByteString())
			.build();
		java.util.Properties props = new java.util.Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + RunningSuite.get().layout().kafkaPort());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(DesignFacts.TOPIC, project, envelope.toByteArray())).get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not produce DesignApproved to the suite's broker", ex);
		}
		return project;
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
