package cn.bjrenovation.housing.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.bjrenovation.housing.community.Surveys;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.fuzz.FuzzRun;
import cn.bjrenovation.platform.testing.fuzz.Oddities;
import cn.bjrenovation.platform.testing.fuzz.RawHttp;
import cn.bjrenovation.platform.testing.fuzz.RestFuzz;
import cn.bjrenovation.platform.testing.fuzz.RestFuzz.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static cn.bjrenovation.housing.fuzz.HousingFuzzSetup.DISTRICT;
import static cn.bjrenovation.housing.fuzz.HousingFuzzSetup.HOUSING;
import static cn.bjrenovation.housing.fuzz.HousingFuzzSetup.STREET;
import static cn.bjrenovation.platform.testing.fuzz.Oddities.jsonBody;
import static cn.bjrenovation.platform.testing.fuzz.Oddities.pathSegment;
import static cn.bjrenovation.platform.testing.fuzz.Oddities.query;
import static cn.bjrenovation.platform.testing.fuzz.RestFuzz.get;
import static cn.bjrenovation.platform.testing.fuzz.RestFuzz.json;
import static cn.bjrenovation.platform.testing.fuzz.RestFuzz.jsonFields;

/**
 * Every REST operation of housing-service with odd bodies, query parameters and path variables, as callers
 * holding its duty: no 5xx, every refusal problem+json naming the field or saying why, nothing written for a
 * refused request. {@code -Dfuzz.seed=... -Dfuzz.tries=...} replays and scales it.
 */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class HousingRestFuzzTest {

	private static final String[] FILTERS = { "districtCode", "streetCode", "builtFrom", "builtTo", "propertyRights",
			"managementStatus", "seismicReinforcementNeeded", "energyRetrofitNeeded", "elevator", "coreArea",
			"historicDistrict", "ownersOrganisationFormed", "minHotlineComplaints", "q", "includeRetired" };

	@Autowired
	LocalHttp http;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void restBodiesAndParameters() {
		HousingFuzzSetup setup = HousingFuzzSetup.create(http);
		FuzzRun run = FuzzRun.start("housing REST");
		RestFuzz.run(run, new RawHttp(port), operations(setup), jdbc, HousingFuzzSetup.TABLES);
		run.finish();
	}

	private static List<Operation> operations(HousingFuzzSetup s) {
		String communities = "/api/housing/communities";
		return List.of(
				new Operation("housing.community.register", HOUSING,
						r -> json(r, "POST", communities, jsonBody(r, community(r)))),
				new Operation("housing.community.update", HOUSING,
						r -> json(r, "PUT", communities + "/" + pathSegment(r, s.communities),
								jsonBody(r, withVersion(community(r), r)))),
				new Operation("housing.community.retire", HOUSING,
						r -> json(r, "POST", communities + "/" + pathSegment(r, s.communities) + "/retirement",
								jsonBody(r, retirement(r)))),
				new Operation("housing.community.read", HOUSING,
						r -> get(communities + "/" + pathSegment(r, s.communities) + query(r))),
				new Operation("housing.community.history", HOUSING,
						r -> get(communities + "/" + pathSegment(r, s.communities) + "/history")),
				new Operation("housing.community.list", HOUSING,
						r -> get(communities + query(r, concat(FILTERS, "sort", "pageSize", "pageToken")))),
				new Operation("housing.community.map", HOUSING,
						r -> get("/api/housing/map/communities" + query(r, FILTERS))),
				new Operation("housing.building.register", HOUSING,
						r -> json(r, "POST", communities + "/" + pathSegment(r, s.communities) + "/buildings",
								jsonBody(r, building(r)))),
				new Operation("housing.building.update", HOUSING,
						r -> json(r, "PUT", communities + "/" + pathSegment(r, s.communities) + "/buildings/"
								+ pathSegment(r, s.buildings), jsonBody(r, withVersion(building(r), r)))),
				new Operation("housing.building.retire", HOUSING,
						r -> json(r, "POST", communities + "/" + pathSegment(r, s.communities) + "/buildings/"
								+ pathSegment(r, s.buildings) + "/retirement", jsonBody(r, retirement(r)))),
				new Operation("housing.building.history", HOUSING,
						r -> get(communities + "/" + pathSegment(r, s.communities) + "/buildings/"
								+ pathSegment(r, s.buildings) + "/history")),
				new Operation("housing.building.list", HOUSING,
						r -> get(communities + "/" + pathSegment(r, s.communities) + "/buildings")),
				new Operation("housing.district.summary", HOUSING,
						r -> get("/api/housing/districts/" + pathSegment(r, List.of("110105", "110108")) + "/summary")),
				new Operation("housing.survey-import.read", HOUSING,
						r -> get("/api/housing/survey-imports/" + pathSegment(r, s.imports))),
				new Operation("housing.ledger.appraise", DISTRICT,
						r -> json(r, "PUT", "/api/housing/buildings/" + pathSegment(r, s.buildings) + "/appraisal",
								jsonBody(r, appraisal(r)))),
				new Operation("housing.ledger.list", HOUSING,
						r -> get("/api/housing/dangerous-buildings" + query(r, "districtCode", "pageSize", "offset"))),
				new Operation("housing.ledger.map", HOUSING,
						r -> get("/api/housing/map/dangerous-buildings" + query(r, "districtCode"))),
				new Operation("housing.ledger.history", HOUSING,
						r -> get("/api/housing/buildings/" + pathSegment(r, s.buildings) + "/appraisals")),
				new Operation("housing.ownership.register", HOUSING,
						r -> json(r, "POST", "/api/housing/ownership-cases", jsonBody(r, ownership(r, s)))),
				new Operation("housing.ownership.read", HOUSING,
						r -> get("/api/housing/ownership-cases/" + pathSegment(r, s.cases))),
				new Operation("housing.ownership.list", HOUSING,
						r -> get("/api/housing/ownership-cases" + query(r, "kind", "handoverStatus"))),
				new Operation("housing.ownership.handover", HOUSING,
						r -> json(r, "PUT", "/api/housing/ownership-cases/" + pathSegment(r, s.cases) + "/handover",
								jsonBody(r, Map.of("handoverStatus", Oddities.quote(Oddities.pick(r,
										new String[] { "IN_PROGRESS", "COMPLETED", "NOT_STARTED" })))))),
				new Operation("housing.annual-plan.fiscal-capacity", HOUSING,
						r -> get("/api/housing/annual-plans/" + notAnInteger(pathSegment(r, List.of())) + "/fiscal-capacity")),
				new Operation("housing.project.apply", s.applicant,
						r -> json(r, "POST", "/api/housing/projects", jsonBody(r, application(r, s)))),
				new Operation("housing.project.read", HOUSING,
						r -> get("/api/housing/projects/" + pathSegment(r, s.projects) + query(r))),
				new Operation("housing.project.list", HOUSING,
						r -> get("/api/housing/projects" + query(r, "status", "districtCode", "streetCode", "year",
								"class", "communityId", "pageSize", "pageToken"))),
				new Operation("housing.project.street-review", STREET,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/street-review",
								jsonBody(r, review(r, "ACCEPT", "RETURN")))),
				new Operation("housing.project.district-review", DISTRICT,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/district-review",
								jsonBody(r, review(r, "ACCEPT", "RETURN")))),
				new Operation("housing.project.municipal-decision", HOUSING,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects)
								+ "/municipal-decision", jsonBody(r, review(r, "APPROVE", "RETURN")))),
				new Operation("housing.project.resubmit", s.applicant,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/resubmission",
								jsonBody(r, application(r, s)))),
				new Operation("housing.project.withdraw", s.applicant,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/withdrawal",
								jsonBody(r, Map.of("reasons", "[\"业主意见变化\"]")))),
				new Operation("housing.reserve-pool.read", HOUSING,
						r -> get("/api/housing/reserve-pool" + query(r, "districtCode", "pageSize", "pageToken"))),
				// the setup's projects are not in the reserve pool and no year has a plan: a well-formed request is
				// refused before finance-service (not running here) would be asked
				new Operation("housing.annual-plan.create", HOUSING,
						r -> json(r, "POST", "/api/housing/annual-plans", jsonBody(r, plan(r, s)))),
				new Operation("housing.annual-plan.read", HOUSING,
						r -> get("/api/housing/annual-plans/" + pathSegment(r, PLAN_YEARS) + query(r))),
				new Operation("housing.annual-plan.adjust", HOUSING,
						r -> json(r, "POST", "/api/housing/annual-plans/" + pathSegment(r, PLAN_YEARS) + "/adjustments",
								jsonBody(r, adjustment(r, s)))),
				new Operation("housing.annual-plan.district-read", HOUSING,
						r -> get("/api/housing/annual-plans/" + pathSegment(r, PLAN_YEARS) + "/districts/"
								+ pathSegment(r, List.of("110105", "110108")))),
				new Operation("housing.renovation-item.list", HOUSING,
						r -> get("/api/housing/renovation-items" + query(r))),
				new Operation("housing.construction.gate", HOUSING,
						r -> get("/api/housing/projects/" + pathSegment(r, s.projects) + "/gate")),
				new Operation("housing.construction.start", DISTRICT,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/construction-start",
								jsonBody(r, start(r)))),
				new Operation("housing.progress.report", DISTRICT,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/progress",
								jsonBody(r, progress(r)))),
				new Operation("housing.progress.photo-read", HOUSING,
						r -> get("/api/housing/projects/" + pathSegment(r, s.projects) + "/progress/"
								+ pathSegment(r, List.of()) + "/photos/" + pathSegment(r, List.of()))),
				new Operation("housing.progress.monthly", HOUSING,
						r -> get("/api/housing/progress/monthly" + query(r, "year", "month"))),
				new Operation("housing.process.read", HOUSING,
						r -> get("/api/housing/projects/" + pathSegment(r, s.projects) + "/process")),
				new Operation("housing.process.overdue", HOUSING, r -> get("/api/housing/overdue-items" + query(r))),
				new Operation("housing.audit.read", HOUSING,
						r -> get("/api/housing/audit-records"
								+ query(r, "subject", "operation", "source", "kind", "trace", "after", "limit"))),
				new Operation("housing.audit.verify", HOUSING,
						r -> get("/api/housing/audit-records/verification" + query(r))),
				new Operation("housing.acceptance.open", DISTRICT,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/acceptance",
								jsonBody(r, Map.of("openedOn", Oddities.quote("2026-12-20"), "note", Oddities.quote("验收"))))),
				new Operation("housing.acceptance.sign-off", DISTRICT,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/acceptance/sign-offs",
								jsonBody(r, signOff(r)))),
				new Operation("housing.acceptance.read", HOUSING,
						r -> get("/api/housing/projects/" + pathSegment(r, s.projects) + "/acceptance" + query(r))),
				new Operation("housing.vote.organise", STREET,
						r -> json(r, "POST", "/api/housing/votes", jsonBody(r, vote(r, s)))),
				new Operation("housing.vote.ballots", s.applicant,
						r -> json(r, "POST", "/api/housing/votes/" + pathSegment(r, s.votes) + "/ballots",
								jsonBody(r, Map.of("ballots", "[{\"unit\":" + Oddities.quote("3-2-" + r.nextInt(1000))
										+ ",\"area\":" + (1 + r.nextInt(150)) + ".5,\"choice\":"
										+ Oddities.quote(Oddities.pick(r, new String[] { "FOR", "AGAINST", "ABSTAIN" }))
										+ "}]")))),
				new Operation("housing.vote.close", STREET,
						r -> json(r, "POST", "/api/housing/votes/" + pathSegment(r, s.votes) + "/close", "{}")),
				new Operation("housing.vote.read", HOUSING,
						r -> get("/api/housing/votes/" + pathSegment(r, s.votes) + query(r))),
				new Operation("housing.vote.list", HOUSING,
						r -> get("/api/housing/votes" + query(r, "communityId"))),
				new Operation("housing.vote-rule.list", STREET,
						r -> get("/api/housing/vote-rules" + query(r))),
				new Operation("housing.trial.record", STREET,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/trial",
								jsonBody(r, Map.of("propertyCompany", Oddities.quote("物业公司"), "startsOn",
										Oddities.quote("2026-09-01"), "endsOn", Oddities.quote("2027-02-28"))))),
				new Operation("housing.long-term.contract", s.applicant,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/trial/contract",
								jsonBody(r, Map.of("voteId", Oddities.quote(Oddities.pick(r, s.votes)), "signedOn",
										Oddities.quote("2027-03-01"), "propertyCompany", Oddities.quote("物业公司"))))),
				new Operation("housing.trial.read", HOUSING,
						r -> get("/api/housing/projects/" + pathSegment(r, s.projects) + "/trial" + query(r))),
				new Operation("housing.satisfaction.record", DISTRICT,
						r -> json(r, "POST", "/api/housing/projects/" + pathSegment(r, s.projects) + "/satisfaction",
								jsonBody(r, Map.of("surveyedOn", Oddities.quote("2026-12-01"), "participants",
										String.valueOf(r.nextInt(200)), "score", String.valueOf(r.nextInt(120)))))),
				new Operation("housing.district.performance", HOUSING,
						r -> get("/api/housing/districts/" + pathSegment(r, List.of("110105", "110108")) + "/performance"
								+ query(r, "year"))));
	}

	/**
	 * A year that is no integer: a well-formed year would be asked of finance-service, which does not run in this
	 * test (503 is then the right answer, and not what this fuzzer looks for).
	 */
	private static String notAnInteger(String segment) {
		String decoded;
		try {
			decoded = java.net.URLDecoder.decode(segment, java.nio.charset.StandardCharsets.UTF_8).trim();
		}
		catch (IllegalArgumentException ex) {
			return segment;
		}
		try {
			Integer.decode(decoded);
			return "y" + segment;
		}
		catch (NumberFormatException ex) {
			try {
				Integer.parseInt(decoded);
				return "y" + segment;
			}
			catch (NumberFormatException notOne) {
				return segment;
			}
		}
	}

	private static Map<String, String> community(SplittableRandom r) {
		return jsonFields(Surveys.community("模糊" + Long.toHexString(r.nextLong()), HousingFuzzSetup.CHAOYANG,
				HousingFuzzSetup.JINSONG, 1950 + r.nextInt(50)));
	}

	private static Map<String, String> building(SplittableRandom r) {
		return jsonFields(Surveys.building(r.nextInt(200) + "号楼", 1000 + r.nextInt(5000), 10 + r.nextInt(50)));
	}

	private static Map<String, String> withVersion(Map<String, String> body, SplittableRandom r) {
		Map<String, String> versioned = new LinkedHashMap<>(body);
		versioned.put("version", String.valueOf(r.nextInt(4)));
		return versioned;
	}

	private static Map<String, String> retirement(SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("reason", Oddities.quote("并入相邻小区"));
		body.put("version", String.valueOf(r.nextInt(4)));
		return body;
	}

	private static Map<String, String> appraisal(SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("grade", Oddities.quote(Oddities.pick(r, new String[] { "A", "B", "C", "D" })));
		body.put("plan", Oddities.quote(Oddities.pick(r, new String[] { "REINFORCE", "RELOCATE" })));
		body.put("appraisedOn", Oddities.quote("2026-0" + (1 + r.nextInt(9)) + "-01"));
		body.put("note", Oddities.quote("鉴定"));
		return body;
	}

	private static Map<String, String> ownership(SplittableRandom r, HousingFuzzSetup s) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("communityId", Oddities.quote(Oddities.pick(r, s.communities)));
		body.put("kind", Oddities.quote(Oddities.pick(r, new String[] { "CENTRAL_UNIT", "CITY_SOE_NON_OPERATING" })));
		body.put("ownerName", Oddities.quote("某部委"));
		return body;
	}

	/** An application of the setup's community (it already has an open one: a valid body is refused as a repeat). */
	private static Map<String, String> application(SplittableRandom r, HousingFuzzSetup s) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("communityId", Oddities.quote(Oddities.pick(r, s.communities)));
		body.put("items", "[{\"code\":" + Oddities.quote(Oddities.pick(r, new String[] { "WATER_SUPPLY", "GREENING",
				"ELDERLY_CARE" })) + "}]");
		body.put("consent", "{\"owners\":" + (1 + r.nextInt(200)) + ",\"ownersAgreeing\":" + r.nextInt(100)
				+ ",\"area\":8000.5,\"areaAgreeing\":" + r.nextInt(9000) + "}");
		body.put("obligationsAccepted", String.valueOf(r.nextBoolean()));
		body.put("note", Oddities.quote("居民议事会意见"));
		return body;
	}

	private static final List<String> PLAN_YEARS = List.of("2026", "2031");

	private static Map<String, String> plan(SplittableRandom r, HousingFuzzSetup s) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("year", Oddities.pick(r, new String[] { "2026", "2031" }));
		body.put("projectIds", "[" + Oddities.quote(Oddities.pick(r, s.projects)) + "]");
		return body;
	}

	private static Map<String, String> adjustment(SplittableRandom r, HousingFuzzSetup s) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("add", "[" + Oddities.quote(Oddities.pick(r, s.projects)) + "]");
		body.put("remove", "[]");
		body.put("reasons", "[\"居民意见变化\"]");
		return body;
	}

	private static Map<String, String> start(SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("startedOn", Oddities.quote(Oddities.pick(r, List.of("2026-12-03", "2026-02-30", "12/03/2026"))));
		body.put("builder", Oddities.quote(Oddities.pick(r, List.of("北京城建集团有限公司", "=1+1", " "))));
		body.put("note", Oddities.quote("施工许可已取得"));
		return body;
	}

	private static Map<String, String> progress(SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("reportedOn", Oddities.quote(Oddities.pick(r, List.of("2026-12-10", "tomorrow"))));
		body.put("items", "[{\"code\":" + Oddities.quote(Oddities.pick(r, List.of("WATER_SUPPLY", "GOLD_TAPS")))
				+ ",\"percent\":" + Oddities.pick(r, List.of("0", "100", "101", "-1", "50.5", "null")) + "}]");
		body.put("note", Oddities.quote("按计划推进"));
		return body;
	}

	private static Map<String, String> review(SplittableRandom r, String... decisions) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("decision", Oddities.quote(Oddities.pick(r, decisions)));
		body.put("reasons", r.nextBoolean() ? "[]" : "[\"材料不全\"]");
		return body;
	}

	private static Map<String, String> signOff(SplittableRandom r) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("party", Oddities.quote(Oddities.pick(r, new String[] { "BUILDER", "PROPERTY_COMPANY", "OPERATOR" })));
		body.put("utility", r.nextBoolean() ? "null" : Oddities.quote("GAS"));
		body.put("decision", Oddities.quote(Oddities.pick(r, new String[] { "SIGN", "REFUSE" })));
		body.put("findings", r.nextBoolean() ? "[]" : "[\"雨水管渗漏\"]");
		return body;
	}

	private static Map<String, String> vote(SplittableRandom r, HousingFuzzSetup s) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("communityId", Oddities.quote(Oddities.pick(r, s.communities)));
		body.put("projectId", Oddities.quote(Oddities.pick(r, s.projects)));
		body.put("matter", Oddities.quote(Oddities.pick(r, new String[] { "HIRE_PROPERTY_COMPANY", "ADD_ELEVATOR",
				"RAISE_MAINTENANCE_FUND" })));
		body.put("question", Oddities.quote("是否同意"));
		body.put("owners", String.valueOf(r.nextInt(300)));
		body.put("area", (r.nextInt(9000)) + ".25");
		return body;
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
