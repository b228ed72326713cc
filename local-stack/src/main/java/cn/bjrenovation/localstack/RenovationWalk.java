package cn.bjrenovation.localstack;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.bjrenovation.localstack.GatewayCalls.Answer;
import cn.bjrenovation.localstack.GatewayCalls.Official;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * A renovation project's whole life, walked through the gateway by the officials who hold each duty (DOMAIN.md §5): the
 * community organisation applies, the street, the district and the joint conference review, the commission plans it;
 * the responsible planner designs it and the planning commission returns it once with all its comments, then approves
 * it; FINANCE budgets and commits the government's share; CITY_MGMT opens one trench window for every pipeline and the
 * operators confirm their parts; the district starts construction once the gate holds, reports progress, opens the
 * joint acceptance and every party signs off; the networks are handed over, the planner evaluates the effect, the
 * residents are surveyed; after the trial the owners vote to hire the property company and to raise the maintenance
 * fund, the contract is signed and HPF records the fund — and the project is under long-term management.
 *
 * <p>The walk reads where the project is and goes on from there, so it resumes a project a demo left half-way and can
 * stop at any status ({@link #walk(String, String)}): the demo city uses it for projects in every state, {@code ./suite
 * demo jinsong} and the end-to-end test for 劲松北社区's whole life. Each change is printed as one line (who, call,
 * answer); a call answered otherwise than the duty says stops the walk with {@link GatewayCalls.Refused}.
 */
public final class RenovationWalk {

	/** Where a walk ended: the project, its status, and the calls it made. */
	public record Outcome(String projectId, String status, int calls) {
	}

	/** A project as the walk needs it. */
	private record Project(String id, String communityId, String communityName, String district, String street,
			List<Map<String, Object>> items, int owners, BigDecimal area, int planYear) {

		boolean hasPipelineItems() {
			return items.stream().anyMatch(item -> Boolean.TRUE.equals(item.get("touchesUtility")));
		}

	}

	private static final Set<String> CLOSED = Set.of("WITHDRAWN", "LONG_TERM_MANAGED");

	/**
	 * A new round's wanted items, all basic-class (A1-6) so that the round keeps any year's plan above the 20% basic
	 * share: the networks under the roads, the overhead lines, seismic reinforcement and energy saving.
	 */
	private static final List<String> ROUND_ITEMS = List.of("WATER_SUPPLY", "GAS_SUPPLY", "OVERHEAD_LINES",
			"SEISMIC_REINFORCEMENT", "ENERGY_RETROFIT");

	private static final String PROPERTY_COMPANY = "北京愿景明德物业管理有限公司";

	private static final String BUILDER = "北京城建集团有限公司";

	private final GatewayCalls gateway;

	private final Tokens tokens;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	public RenovationWalk(String gatewayUrl, Tokens tokens, PrintStream out) {
		this.gateway = new GatewayCalls(gatewayUrl, out);
		this.tokens = tokens;
	}

	/** The id of the community of that exact name. */
	public String communityNamed(String name) {
		Answer page = gateway.get(housing(), "/api/housing/communities?pageSize=50&q="
				+ URLEncoder.encode(name, StandardCharsets.UTF_8));
		return page.list("items")
			.stream()
			.filter(community -> name.equals(community.get("name")))
			.map(community -> String.valueOf(community.get("id")))
			.findFirst()
			.orElseThrow(() -> new GatewayCalls.Refused("no community named " + name + " in the database"));
	}

	/** The ids of the projects in a status, oldest application first (the first 500). */
	public List<String> projectsIn(String status) {
		return gateway.get(housing(), "/api/housing/projects?pageSize=500&status=" + status)
			.list("items")
			.stream()
			.map(project -> String.valueOf(project.get("id")))
			.toList();
	}

	/** The community's open project (the newest not closed), or null when it has none. */
	public String openProjectOf(String communityId) {
		Answer page = gateway.get(housing(), "/api/housing/projects?pageSize=500&communityId=" + communityId);
		String open = null;
		for (Map<String, Object> project : page.list("items")) {
			if (!CLOSED.contains(String.valueOf(project.get("status")))) {
				open = String.valueOf(project.get("id"));
			}
		}
		return open;
	}

	/** A new round for the community: its organisation applies, having consulted the owners. */
	public String applyFor(String communityId) {
		Answer community = gateway.get(housing(), "/api/housing/communities/" + communityId);
		int owners = Math.max(10, Integer.parseInt(community.text("households")));
		BigDecimal area = new BigDecimal(community.text("floorArea")).multiply(new BigDecimal("0.95"))
			.setScale(2, RoundingMode.DOWN);
		Map<String, Object> consent = json("owners", owners, "ownersAgreeing", owners * 85 / 100, "area", area,
				"areaAgreeing", area.multiply(new BigDecimal("0.82")).setScale(2, RoundingMode.DOWN));
		Answer applied = gateway.call(organisation(communityId), "POST", "/api/housing/projects",
				json("communityId", communityId, "items", ROUND_ITEMS.stream().map(code -> json("code", code)).toList(),
						"consent", consent, "obligationsAccepted", true, "note",
						"居民议事会征求意见：多数业主同意改造，愿意承担相应义务"),
				201, "apply");
		return applied.text("id");
	}

	/**
	 * Walks the project on until it reaches {@code until} (a status name) or is closed; {@code planYear} is the year
	 * whose plan takes it in if it is still in the reserve pool.
	 */
	public Outcome walk(String projectId, String until, int planYear) {
		String status = status(projectId);
		while (!status.equals(until) && !CLOSED.contains(status)) {
			Project project = project(projectId, planYear);
			switch (status) {
				case "APPLIED" -> review(project, "street-review", street(project), "ACCEPT");
				case "STREET_ACCEPTED" -> review(project, "district-review", district(project), "ACCEPT");
				case "DISTRICT_ACCEPTED" -> review(project, "municipal-decision", housing(), "APPROVE");
				case "RESERVED" -> plan(project);
				case "PLANNED" -> {
					design(project);
					funding(project);
					pipelines(project);
					startConstruction(project);
				}
				case "CONSTRUCTION_STARTED" -> {
					pipelineWorks(project);
					progress(project);
				}
				case "CONSTRUCTION_COMPLETED" -> acceptance(project);
				case "ACCEPTED" -> {
					afterAcceptance(project);
					longTermManagement(project);
				}
				default -> throw new GatewayCalls.Refused("a project that is " + status + " cannot be walked on");
			}
			String next = status(projectId);
			if (next.equals(status)) {
				throw new GatewayCalls.Refused("project " + projectId + " stayed " + status + " after its steps");
			}
			status = next;
		}
		return new Outcome(projectId, status, gateway.calls());
	}

	/**
	 * The walk's design step alone, for a planned project: the planner submits the scheme, planning returns it once
	 * with its comments and approves the resubmission — planning publishes DesignApproved. The project stays PLANNED.
	 */
	public void approveDesign(String projectId, int planYear) {
		design(project(projectId, planYear));
	}

	// 申报 → 街道 → 区 → 市联席会 → 年度计划 (plan §三(一))

	private void review(Project project, String step, Official reviewer, String decision) {
		gateway.call(reviewer, "POST", "/api/housing/projects/" + project.id() + "/" + step,
				json("decision", decision, "reasons", List.of()), 200, step);
	}

	private void plan(Project project) {
		Official finance = official("FINANCE");
		Answer capacity = gateway.get(finance, "/api/finance/fiscal-capacity/" + project.planYear());
		if (capacity.status() != 200 || Long.parseLong(capacity.text("availableFen")) < 100_000_000_00L) {
			budget(project, "MUNICIPAL_BUDGET", 500_000_000_00L);
		}
		boolean compiled = gateway.get(housing(), "/api/housing/annual-plans/" + project.planYear()).status() == 200;
		if (compiled) {
			gateway.call(housing(), "POST", "/api/housing/annual-plans/" + project.planYear() + "/adjustments",
					json("add", List.of(project.id()), "remove", List.of(), "reasons",
							List.of(project.communityName() + "已纳入储备库，资金已落实，动态调整纳入年度计划")),
					200, "adjust the plan");
		}
		else {
			gateway.call(housing(), "POST", "/api/housing/annual-plans",
					json("year", project.planYear(), "projectIds", List.of(project.id())), 201, "compile the plan");
		}
	}

	// 设计方案：责任规划师征求意见、提交方案，规自委一次性提出审查意见 (A3-8)

	private void design(Project project) {
		Official planning = official("PLANNING");
		Official planner = planner(project);
		assignPlanner(project.street());
		String path = "/api/planning/design-cases/" + project.id();
		Answer designCase = gateway.await("the design case of " + project.id(), planning, path,
				answer -> answer.status() == 200);
		while (!"APPROVED".equals(designCase.text("status"))) {
			designCase = switch (designCase.text("status")) {
				case "OPEN" -> {
					if (designCase.list("opinions").isEmpty()) {
						gateway.call(planner, "POST", path + "/opinions", json("method", "MEETING", "collectedFrom",
								today.minusDays(20).toString(), "collectedTo", today.minusDays(18).toString(),
								"participants", Math.max(20, project.owners() / 2), "requests",
								List.of("更换老旧管线", "架空线入地", "楼体抗震节能")), 201, "residents' opinions");
					}
					yield gateway.call(planner, "POST", path + "/schemes", scheme(project, 0), 201, "submit the scheme");
				}
				case "SUBMITTED" -> designCase.list("schemes").size() == 1
						? gateway.call(planning, "POST", path + "/review", json("decision", "RETURN", "comments",
								List.of(json("part", "item:" + code(project.items().get(0)), "text",
										"工程量与现场踏勘不符，请核实"))), 200, "return with all comments")
						: gateway.call(planning, "POST", path + "/review", json("decision", "APPROVE"), 200,
								"approve the scheme");
				case "RETURNED" -> gateway.call(planner, "POST", path + "/schemes",
						scheme(project, designCase.list("schemes").size()), 201, "resubmit as commented");
				default -> throw new GatewayCalls.Refused("the design case is " + designCase.text("status"));
			};
		}
	}

	/** PLANNING assigns the walk's planner to the street, unless they serve it already; true when assigned now. */
	private boolean assignPlanner(String street) {
		Official planning = official("PLANNING");
		String subject = subjectOf(tokens.token("PLANNER", "street", street));
		Answer serving = gateway.get(planning, "/api/planning/streets/" + street + "/planner");
		if (serving.status() == 200 && subject.equals(serving.text("plannerSubject"))) {
			return false;
		}
		gateway.call(planning, "PUT", "/api/planning/streets/" + street + "/planner",
				json("plannerSubject", subject, "plannerName", "王责任规划师"), 200, "assign the planner");
		return true;
	}

	/** A responsible planner for every street with a project in the status (责任规划师制度); how many were assigned. */
	public int assignPlannersWhere(String status) {
		return (int) gateway.get(housing(), "/api/housing/projects?pageSize=500&status=" + status)
			.list("items")
			.stream()
			.map(project -> String.valueOf(project.get("streetCode")))
			.distinct()
			.filter(this::assignPlanner)
			.count();
	}

	/**
	 * 发改委 records the social-capital agreement of the Jinsong model (劲松模式, A1-4) for the project: a private company
	 * invests in the community's services and recovers it within a term from users' fees, subsidies and commercial
	 * income, at a small capped return (微利可持续). Demo figures; its elderly-care income shows the tax relief of §三(七).
	 * @return the agreement's id
	 */
	public String recordJinsongModelAgreement(String projectId) {
		return gateway.call(official("DRC"), "POST", "/api/finance/social-capital-agreements",
				json("projectId", projectId, "party", "北京愿景明德管理咨询有限公司（愿景集团）", "items",
						List.of("物业管理", "自行车棚与停车管理", "社区食堂", "养老服务驿站", "便民菜站"), "amountFen", 30_000_000_00L,
						"terms", "企业投资改造社区公共空间与配套设施，通过物业服务使用者付费、政府补贴和商业收费在约定期限内收回投资（演示数据）",
						"termYears", 20, "returnCapBasisPoints", 500, "declaredIncomeFen",
						json("ELDERLY_CARE", 800_000_00L, "PROPERTY_SERVICE", 2_400_000_00L, "PARKING", 600_000_00L)),
				201, "record the Jinsong model's social-capital agreement")
			.text("id");
	}

	/** The scheme from the project's wanted items; the {@code version}-th changes the first item's quantity. */
	private static Map<String, Object> scheme(Project project, int version) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < project.items().size(); i++) {
			Map<String, Object> item = project.items().get(i);
			boolean pipeline = Boolean.TRUE.equals(item.get("touchesUtility"));
			int quantity = (pipeline ? 800 : 2) + (i == 0 ? version * 40 : 0);
			items.add(json("catalogueCode", code(item), "quantity", quantity, "unit", pipeline ? "米" : "项",
					"estimatedCostFen", (pipeline ? 150_000_00L : 400_000_00L) * quantity / (pipeline ? 100 : 1)));
		}
		return json("items", items, "changesLandRights", false, "changesPlanningConditions", false, "summary",
				"管线更新、架空线入地、抗震节能改造，不改变土地权属和规划条件", "attachmentIds", List.of());
	}

	// 资金：财政局安排预算、承诺政府出资 (§三(七))

	private void funding(Project project) {
		Official finance = official("FINANCE");
		String path = "/api/finance/funding-plans/" + project.id();
		Answer plan = gateway.await("the funding plan of " + project.id(), finance, path,
				answer -> answer.status() == 200 && Set.of("DRAFTED", "HELD", "COMMITTED").contains(answer.text("status")));
		if ("DRAFTED".equals(plan.text("status"))) {
			long government = Long.parseLong(plan.text("governmentFen"));
			for (String source : List.of("MUNICIPAL_BUDGET", "DISTRICT_BUDGET", "GOVERNMENT_BOND")) {
				budget(project, source, government);
			}
			plan = gateway.call(finance, "POST", path + "/commitment", json(), 200, "hold the government share");
		}
		if ("HELD".equals(plan.text("status"))) {
			gateway.call(finance, "POST", path + "/commitment/posting", json(), 200, "commit it");
		}
	}

	private void budget(Project project, String source, long amountFen) {
		gateway.call(official("FINANCE"), "POST", "/api/finance/budget-lines",
				json("fiscalYear", project.planYear(), "source", source, "amountFen", amountFen, "description",
						project.planYear() + "年老旧小区综合整治（" + project.communityName() + "）"),
				201, "budget " + source);
	}

	// 管线统筹：一次开挖，运营单位确认 (城市管理委)

	private void pipelines(Project project) {
		if (!gateRequires(project, "PIPELINES_COORDINATED")) {
			return;
		}
		Official cityManagement = official("CITY_MGMT");
		String path = "/api/pipeline/plans/" + project.id();
		Answer plan = gateway.await("the coordination plan of " + project.id(), cityManagement, path,
				answer -> answer.status() == 200);
		List<String> utilities = plan.list("parts").stream().map(part -> String.valueOf(part.get("utility"))).toList();
		if (plan.list("windows").isEmpty()) {
			String segment = project.street() + "-JS" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
			gateway.call(cityManagement, "POST", path + "/windows", json("segmentCode", segment, "segmentName",
					project.communityName() + "内部道路", "startDate", today.plusDays(7).toString(), "endDate",
					today.plusDays(60).toString(), "roadWork", "REINSTATEMENT", "utilities", utilities), 201,
					"one trench window for all");
		}
		if ("DRAFTED".equals(plan.text("status"))) {
			plan = gateway.call(cityManagement, "POST", path + "/invitation", json(), 200, "invite the operators");
		}
		plan = gateway.get(cityManagement, path);
		Map<String, Object> window = plan.list("windows").get(0);
		for (Map<String, Object> part : plan.list("parts")) {
			if (!"CONFIRMED".equals(part.get("status"))) {
				String utility = String.valueOf(part.get("utility"));
				gateway.call(operator(utility), "POST", path + "/parts/" + utility + "/confirmation",
						json("scope", "改造小区内" + part.get("utilityName") + "管线", "from", window.get("startDate"), "to",
								window.get("endDate"), "contributionFen", 500_000_00L),
						200, "confirm its part");
			}
		}
	}

	// 开工：区政府在开工条件齐备后记录开工

	private void startConstruction(Project project) {
		Official district = district(project);
		gateway.await("the construction gate of " + project.id(), district,
				"/api/housing/projects/" + project.id() + "/gate", answer -> "true".equals(answer.text("open")));
		gateway.call(district, "POST", "/api/housing/projects/" + project.id() + "/construction-start",
				json("startedOn", today.toString(), "builder", BUILDER, "note", "施工许可已办结，开工"), 200,
				"start construction");
	}

	private boolean gateRequires(Project project, String condition) {
		Answer gate = gateway.await("the approved design at the gate of " + project.id(), district(project),
				"/api/housing/projects/" + project.id() + "/gate", answer -> answer.status() == 200
						&& answer.list("conditions").stream().anyMatch(c -> "DESIGN_APPROVED".equals(c.get("condition"))
								&& Boolean.TRUE.equals(c.get("met"))));
		return gate.list("conditions").stream().anyMatch(c -> condition.equals(c.get("condition"))
				&& Boolean.TRUE.equals(c.get("required")) && !Boolean.TRUE.equals(c.get("met")));
	}

	// 施工：管线运营单位施工、城管委检查；区政府按月报告进度 (§四(三))

	private void pipelineWorks(Project project) {
		Official cityManagement = official("CITY_MGMT");
		String path = "/api/pipeline/plans/" + project.id();
		Answer plan = gateway.get(cityManagement, path);
		if (plan.status() != 200 || !"COORDINATED".equals(plan.text("status"))) {
			return;
		}
		Map<String, Object> window = plan.list("windows").get(0);
		LocalDate start = LocalDate.parse(String.valueOf(window.get("startDate")));
		for (Map<String, Object> part : plan.list("parts")) {
			String utility = String.valueOf(part.get("utility"));
			for (Map.Entry<String, LocalDate> stage : Map.of("STARTED", start, "REINSTATED_PERMANENT", start.plusDays(30))
				.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.toList()) {
				gateway.call(operator(utility), "POST", path + "/parts/" + utility + "/works",
						json("windowId", window.get("windowId"), "stage", stage.getKey(), "on", stage.getValue().toString()),
						200, "works " + stage.getKey());
			}
		}
		gateway.call(cityManagement, "POST", path + "/inspections", json("windowId", window.get("windowId"),
				"inspectedOn", start.plusDays(32).toString(), "passed", true, "findings", "路面恢复平整，管线标识齐全"),
				201, "inspect the reinstatement");
	}

	private void progress(Project project) {
		for (int percent : new int[] { 60, 100 }) {
			gateway.call(district(project), "POST", "/api/housing/projects/" + project.id() + "/progress",
					json("reportedOn", today.toString(), "items",
							project.items().stream().map(item -> json("code", code(item), "percent", percent)).toList(),
							"note", percent == 100 ? "全部完工" : "按计划推进"),
					201, "progress " + percent + "%");
		}
	}

	// 联合验收：各方签认 (§三(七))

	private void acceptance(Project project) {
		String path = "/api/housing/projects/" + project.id() + "/acceptance";
		Answer acceptance = gateway.get(district(project), path);
		if (acceptance.status() == 404) {
			acceptance = gateway.call(district(project), "POST", path,
					json("openedOn", today.toString(), "note", "组织建设、业主、物业、街道及管线单位联合验收"), 201,
					"open the joint acceptance");
		}
		for (Map<String, Object> party : acceptance.list("parties")) {
			if (!"SIGN".equals(party.get("decision"))) {
				String name = String.valueOf(party.get("party"));
				Object utility = party.get("utility");
				Official signer = switch (name) {
					case "OWNERS" -> organisation(project.communityId());
					case "STREET" -> street(project);
					case "OPERATOR" -> operator(String.valueOf(utility));
					default -> district(project);
				};
				Map<String, Object> signOff = json("party", name, "decision", "SIGN", "findings", List.of());
				if (utility != null) {
					signOff.put("utility", utility);
				}
				gateway.call(signer, "POST", path + "/sign-offs", signOff, 200, "sign off " + name);
			}
		}
	}

	// 验收之后：管线移交、改造评估、满意度调查

	private void afterAcceptance(Project project) {
		Official cityManagement = official("CITY_MGMT");
		Answer plan = gateway.get(cityManagement, "/api/pipeline/plans/" + project.id());
		if (plan.status() == 200 && !"HANDED_OVER".equals(plan.text("status"))) {
			gateway.callWhenReady(official("DRC"), "POST", "/api/pipeline/plans/" + project.id() + "/handover",
					json("acceptanceReference", "联合验收-" + project.id().substring(0, 8), "handedOverOn",
							today.toString(), "note", "管网移交专业运营单位"),
					200, "hand the networks over", RenovationWalk::conflict);
		}
		Answer designCase = gateway.get(official("PLANNING"), "/api/planning/design-cases/" + project.id());
		if (designCase.status() == 200 && designCase.json().get("evaluation") == null) {
			gateway.callWhenReady(planner(project), "PUT", "/api/planning/design-cases/" + project.id() + "/evaluation",
					json("rating", 5, "findings", "管线一次开挖完成，架空线入地，楼体抗震节能达标，居民满意"), 201,
					"evaluate the effect", RenovationWalk::conflict);
		}
		gateway.call(district(project), "POST", "/api/housing/projects/" + project.id() + "/satisfaction",
				json("surveyedOn", today.toString(), "participants", Math.max(10, project.owners() * 7 / 10), "score",
						92.5),
				201, "residents' satisfaction");
	}

	// 先尝后买 (A1-11)，业主表决，签约，维修资金：长效管理

	private void longTermManagement(Project project) {
		String trial = "/api/housing/projects/" + project.id() + "/trial";
		gateway.call(street(project), "POST", trial, json("propertyCompany", PROPERTY_COMPANY, "startsOn",
				today.toString(), "endsOn", today.plusMonths(6).toString()), 201, "try before buying");
		String hire = vote(project, "HIRE_PROPERTY_COMPANY", "试用期满，是否聘用" + PROPERTY_COMPANY + "提供物业服务");
		gateway.call(organisation(project.communityId()), "POST", trial + "/contract", json("voteId", hire, "signedOn",
				today.toString(), "propertyCompany", PROPERTY_COMPANY), 200, "sign the contract");
		String raise = vote(project, "RAISE_MAINTENANCE_FUND", "按每平方米30元续筹住宅专项维修资金");
		long amountFen = project.area().multiply(BigDecimal.valueOf(30_00)).longValue();
		gateway.callWhenReady(official("HPF"), "POST",
				"/api/finance/maintenance-funds/" + project.communityId() + "/raisings",
				json("districtCode", project.district(), "amountFen", amountFen, "projectId", project.id(), "voteId",
						raise),
				201, "raise the maintenance fund", RenovationWalk::conflict);
		gateway.await("long-term management of " + project.id(), housing(), "/api/housing/projects/" + project.id(),
				answer -> "LONG_TERM_MANAGED".equals(answer.text("status")));
	}

	/** The street organises a vote, the organisation records the ballots (4 in 5 owners, 9 in 10 for), it passes. */
	private String vote(Project project, String matter, String question) {
		Answer opened = gateway.call(street(project), "POST", "/api/housing/votes",
				json("communityId", project.communityId(), "projectId", project.id(), "matter", matter, "question",
						question, "owners", project.owners(), "area", project.area()),
				201, "organise the owners' vote");
		String vote = opened.text("id");
		int voting = (project.owners() * 4 + 4) / 5;
		BigDecimal each = project.area().divide(BigDecimal.valueOf(project.owners()), 2, RoundingMode.DOWN);
		List<Map<String, Object>> ballots = new ArrayList<>();
		for (int i = 0; i < voting; i++) {
			ballots.add(json("unit", (i / 24 + 1) + "-" + (i / 6 % 4 + 1) + "-" + (i % 6 + 1) + "01", "area", each,
					"choice", i % 10 == 9 ? "AGAINST" : "FOR"));
		}
		for (int from = 0; from < ballots.size(); from += 200) {
			gateway.call(organisation(project.communityId()), "POST", "/api/housing/votes/" + vote + "/ballots",
					json("ballots", ballots.subList(from, Math.min(ballots.size(), from + 200))), 200, "record ballots");
		}
		gateway.call(street(project), "POST", "/api/housing/votes/" + vote + "/close", json(), 200, "count the vote");
		return vote;
	}

	/** The fact a change waits for has not reached that department yet. */
	private static boolean conflict(Answer answer) {
		return answer.status() == 409;
	}

	// what the walk reads

	private String status(String projectId) {
		Answer project = gateway.get(housing(), "/api/housing/projects/" + projectId);
		if (project.status() != 200) {
			throw new GatewayCalls.Refused("project " + projectId + ": " + project.status() + " "
					+ GatewayCalls.abbreviated(project.body()));
		}
		return project.text("status");
	}

	private Project project(String projectId, int planYear) {
		Answer project = gateway.get(housing(), "/api/housing/projects/" + projectId);
		String year = project.text("planYear");
		return new Project(projectId, project.text("communityId"), project.text("communityName"),
				project.text("districtCode"), project.text("streetCode"), project.list("items"),
				Integer.parseInt(project.text("consent.owners")), new BigDecimal(project.text("consent.area")),
				year == null ? planYear : Integer.parseInt(year));
	}

	private static String code(Map<String, Object> item) {
		return String.valueOf(item.get("code"));
	}

	// who acts

	private Official official(String role) {
		return new Official(role, tokens.token(role));
	}

	private Official housing() {
		return official("HOUSING");
	}

	private Official district(Project project) {
		return new Official("DISTRICT " + project.district(), tokens.token("DISTRICT", "district", project.district()));
	}

	private Official street(Project project) {
		return new Official("STREET " + project.street(), tokens.token("STREET", "street", project.street()));
	}

	private Official planner(Project project) {
		return new Official("PLANNER " + project.street(), tokens.token("PLANNER", "street", project.street()));
	}

	private Official organisation(String communityId) {
		return new Official("COMMUNITY_ORG " + communityId.substring(0, 8),
				tokens.token("COMMUNITY_ORG", "community", communityId));
	}

	private Official operator(String utility) {
		String kind = utility.toLowerCase(Locale.ROOT);
		return new Official("OPERATOR " + kind, tokens.token("OPERATOR", "utility", kind));
	}

	/** The subject a token names: the planner assigned to a street is the one whose token acts. */
	private static String subjectOf(String token) {
		try {
			String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
			return JSONObjectUtils.getString(JSONObjectUtils.parse(payload), "sub");
		}
		catch (ParseException | RuntimeException ex) {
			throw new GatewayCalls.Refused("a token without a subject: " + ex.getMessage());
		}
	}

	/** A JSON object from names and values, in order. */
	private static Map<String, Object> json(Object... namesAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			object.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return object;
	}

}
