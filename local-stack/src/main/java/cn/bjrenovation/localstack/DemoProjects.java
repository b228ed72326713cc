package cn.bjrenovation.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.bjrenovation.democity.DemoCity;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Renovation projects for the demo city, made the way officials make them: through the gateway, each step by the role
 * that holds its duty (the community organisation applies, the street, the district and the joint-conference office
 * review, FINANCE budgets 2026, HOUSING compiles the 2026 plan), so every fact goes out on {@code housing.project} as
 * it would in production. A plausible spread over every status — some returned with reasons, some withdrawn — a reserve
 * pool led by the communities with the most 12345 complaints, and a 2026 plan meeting the 20% rule with 劲松北社区 in
 * it. Whatever goes wrong is reported, never thrown: the suite keeps running.
 */
final class DemoProjects {

	static final int PLAN_YEAR = 2026;

	/** ¥3 billion for 2026: the plan's subsidy estimate uses a modest share of it. */
	static final long BUDGET_2026_FEN = 300_000_000_000L;

	private static final List<String> BASIC = List.of("WATER_SUPPLY", "DRAINAGE", "SEISMIC_REINFORCEMENT",
			"ENERGY_RETROFIT", "HEATING", "OVERHEAD_LINES");

	private static final List<String> COMPLETE = List.of("WATER_SUPPLY", "HEATING", "ELEVATOR_ADDITION", "PARKING",
			"AGE_FRIENDLY_BARRIER_FREE");

	/**
	 * The Jinsong model (A1-4): the gas and water networks and the overhead lines under the roads (pipeline works its
	 * operators confirm and sign off), energy saving, elevators, and services that social capital runs.
	 */
	private static final List<String> JINSONG_ITEMS = List.of("WATER_SUPPLY", "GAS_SUPPLY", "OVERHEAD_LINES",
			"ENERGY_RETROFIT", "ELEVATOR_ADDITION", "ELDERLY_CARE", "MEAL_ASSISTANCE", "CONVENIENCE_STORE");

	/** A community as the database lists it, with what choosing it needs. */
	record Listed(String id, String name, String districtCode, String streetCode, BigDecimal floorArea, int households,
			int complaints, boolean ready) {
	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final URI gateway;

	private final Tokens tokens;

	private final PrintStream out;

	private final Map<String, Integer> made = new LinkedHashMap<>();

	DemoProjects(String gatewayUrl, Tokens tokens, PrintStream out) {
		this.gateway = URI.create(gatewayUrl);
		this.tokens = tokens;
		this.out = out;
	}

	/** Makes the projects and the 2026 plan; true when all went as planned. */
	boolean make() {
		long began = System.nanoTime();
		try {
			List<Listed> communities = communities();
			List<Listed> ready = new ArrayList<>(communities.stream().filter(Listed::ready).toList());
			List<Listed> unready = new ArrayList<>(communities.stream().filter(c -> !c.ready()).toList());
			Listed jinsong = communities.stream()
				.filter(c -> c.name().equals(DemoCity.JINSONG_NORTH) && c.ready())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(DemoCity.JINSONG_NORTH + " is not in the database, ready"));
			ready.remove(jinsong);
			ready.sort(Comparator.comparingInt(Listed::complaints).reversed().thenComparing(Listed::id));
			List<Listed> pool = take(ready, 20);
			ready.sort(Comparator.comparing(Listed::floorArea).reversed().thenComparing(Listed::id));
			List<Listed> plannedBasic = take(ready, 10);
			List<Listed> plannedOther = take(ready, 4);
			unready.sort(Comparator.comparing(Listed::id));

			List<String> plan = new ArrayList<>();
			plan.add(reserve(jinsong, JINSONG_ITEMS));
			for (int i = 0; i < plannedBasic.size(); i++) {
				plan.add(reserve(plannedBasic.get(i), rotate(BASIC, i, 3)));
			}
			for (int i = 0; i < plannedOther.size(); i++) {
				plan.add(reserve(plannedOther.get(i), rotate(COMPLETE, i, 3)));
			}
			for (int i = 0; i < pool.size(); i++) {
				reserve(pool.get(i), i % 3 == 0 ? rotate(BASIC, i, 2) : rotate(COMPLETE, i, 3));
			}
			int next = 0;
			for (int i = 0; i < 6 && next < unready.size(); i++) {
				apply(unready.get(next++), rotate(BASIC, i, 2));
				count("APPLIED");
			}
			for (int i = 0; i < 5 && next < unready.size(); i++) {
				String id = apply(unready.get(next++), rotate(COMPLETE, i, 2));
				review(id, unready.get(next - 1), "street-review", "ACCEPT");
				count("STREET_ACCEPTED");
			}
			for (int i = 0; i < 5 && next < unready.size(); i++) {
				Listed community = unready.get(next++);
				String id = apply(community, rotate(COMPLETE, i, 3));
				review(id, community, "street-review", "ACCEPT");
				review(id, community, "district-review", "ACCEPT");
				count("DISTRICT_ACCEPTED");
			}
			String[][] returns = { { "street-review", "居民同意改造的业主人数不足，请补充意见征询材料" },
					{ "district-review", "未附业主承担相应义务的书面意愿，请补充" },
					{ "municipal-decision", "小区尚未组建业主委员会或物业管理委员会，暂不纳入储备库" } };
			for (int i = 0; i < 6 && next < unready.size(); i++) {
				Listed community = unready.get(next++);
				String id = apply(community, rotate(BASIC, i, 3));
				String[] at = returns[i % returns.length];
				if (!at[0].equals("street-review")) {
					review(id, community, "street-review", "ACCEPT");
				}
				if (at[0].equals("municipal-decision")) {
					review(id, community, "district-review", "ACCEPT");
				}
				review(id, community, at[0], "RETURN", at[1]);
				count("RETURNED");
			}
			for (int i = 0; i < 3 && next < unready.size(); i++) {
				Listed community = unready.get(next++);
				String id = apply(community, rotate(COMPLETE, i, 2));
				expect(post("/api/housing/projects/" + id + "/withdrawal", organisationOf(community), """
						{"reasons":["业主意见发生变化，暂缓申报"]}"""), 200);
				count("WITHDRAWN");
			}

			expect(post("/api/finance/budget-lines", tokens.token("FINANCE"), """
					{"fiscalYear":%d,"source":"MUNICIPAL_BUDGET","amountFen":%d,"description":"%d年市级老旧小区综合整治补助"}"""
				.formatted(PLAN_YEAR, BUDGET_2026_FEN, PLAN_YEAR)), 201);
			String body = "{\"year\":" + PLAN_YEAR + ",\"projectIds\":[" + String.join(",",
					plan.stream().map(id -> "\"" + id + "\"").toList()) + "]}";
			HttpResponse<String> compiled = post("/api/housing/annual-plans", tokens.token("HOUSING"), body);
			expect(compiled, 201);
			made.merge("PLANNED", plan.size(), Integer::sum);
			made.merge("RESERVED", -plan.size(), Integer::sum);
			Map<String, Object> share = JSONObjectUtils.getJSONObject(JSONObjectUtils.parse(compiled.body()), "basicShare");
			out.printf(Locale.ROOT, "  projects         %s (%.1f s)%n", made, (System.nanoTime() - began) / 1e9);
			out.printf(Locale.ROOT, "  %d plan         %d projects, %s among them; basic-class share %s%% by floor area, %s%% by count%n",
					PLAN_YEAR, plan.size(), DemoCity.JINSONG_NORTH, percent(share.get("byFloorArea")),
					percent(share.get("byCount")));
			return true;
		}
		catch (IOException | ParseException | RuntimeException ex) {
			out.println("Demo projects NOT all made: " + ex.getMessage() + " (made so far: " + made
					+ "). The suite keeps running.");
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String percent(Object share) {
		return new BigDecimal(String.valueOf(share)).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
	}

	private static <T> List<T> take(List<T> from, int n) {
		List<T> taken = new ArrayList<>(from.subList(0, Math.min(n, from.size())));
		from.subList(0, taken.size()).clear();
		return taken;
	}

	/** {@code n} items of the list, starting at {@code start} (mod its size): neighbours want different things. */
	private static List<String> rotate(List<String> items, int start, int n) {
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			chosen.add(items.get((start + i) % items.size()));
		}
		return chosen;
	}

	private void count(String status) {
		made.merge(status, 1, Integer::sum);
	}

	/** Applied for and taken through the three reviews into the reserve pool. */
	private String reserve(Listed community, List<String> items) throws IOException, InterruptedException {
		String id = apply(community, items);
		review(id, community, "street-review", "ACCEPT");
		review(id, community, "district-review", "ACCEPT");
		review(id, community, "municipal-decision", "APPROVE");
		count("RESERVED");
		return id;
	}

	private String apply(Listed community, List<String> items) throws IOException, InterruptedException {
		int owners = Math.max(10, community.households());
		BigDecimal area = community.floorArea().multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.DOWN);
		String body = """
				{"communityId":"%s","items":[%s],"consent":{"owners":%d,"ownersAgreeing":%d,"area":%s,"areaAgreeing":%s},\
				"obligationsAccepted":true,"note":"居民议事会征求意见，多数业主同意改造并愿意承担相应义务"}"""
			.formatted(community.id(), String.join(",", items.stream().map(code -> "{\"code\":\"" + code + "\"}").toList()),
					owners, owners * 85 / 100, area.toPlainString(),
					area.multiply(new BigDecimal("0.82")).setScale(2, RoundingMode.DOWN).toPlainString());
		HttpResponse<String> applied = post("/api/housing/projects", organisationOf(community), body);
		expect(applied, 201);
		return id(applied);
	}

	private void review(String id, Listed community, String step, String decision, String... reasons)
			throws IOException, InterruptedException {
		String token = switch (step) {
			case "street-review" -> tokens.token("STREET", "street", community.streetCode());
			case "district-review" -> tokens.token("DISTRICT", "district", community.districtCode());
			default -> tokens.token("HOUSING");
		};
		String reasonList = String.join(",", List.of(reasons).stream().map(reason -> "\"" + reason + "\"").toList());
		expect(post("/api/housing/projects/" + id + "/" + step, token,
				"{\"decision\":\"" + decision + "\",\"reasons\":[" + reasonList + "]}"), 200);
	}

	private String organisationOf(Listed community) {
		return tokens.token("COMMUNITY_ORG", "community", community.id());
	}

	/** Every community of the database, a page of 500 at a time. */
	private List<Listed> communities() throws IOException, InterruptedException, ParseException {
		List<Listed> all = new ArrayList<>();
		String token = null;
		do {
			HttpResponse<String> page = send(HttpRequest.newBuilder(gateway.resolve("/api/housing/communities?pageSize=500"
					+ (token == null ? "" : "&pageToken=" + token)))
				.header("Authorization", "Bearer " + tokens.token("HOUSING"))
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build());
			expect(page, 200);
			Map<String, Object> body = JSONObjectUtils.parse(page.body());
			for (Map<String, Object> item : JSONObjectUtils.getJSONObjectArray(body, "items")) {
				all.add(new Listed(JSONObjectUtils.getString(item, "id"), JSONObjectUtils.getString(item, "name"),
						JSONObjectUtils.getString(item, "districtCode"), JSONObjectUtils.getString(item, "streetCode"),
						new BigDecimal(String.valueOf(item.get("floorArea"))), ((Number) item.get("households")).intValue(),
						((Number) item.get("hotlineComplaints")).intValue(),
						Boolean.TRUE.equals(item.get("ownersOrganisationFormed"))
								&& Boolean.TRUE.equals(item.get("propertyServiceAgreed"))
								&& new BigDecimal(String.valueOf(item.get("floorArea"))).signum() > 0));
			}
			token = JSONObjectUtils.getString(body, "nextPageToken");
		}
		while (token != null);
		return all;
	}

	private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(gateway.resolve(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		for (int tries = 0; response.statusCode() == 429 && tries < 20; tries++) {
			Thread.sleep(250);
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		return response;
	}

	private static void expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			String body = response.body().replaceAll("\\s+", " ");
			throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
					+ " answered " + response.statusCode() + ": " + (body.length() > 400 ? body.substring(0, 400) : body));
		}
	}

	private static String id(HttpResponse<String> response) {
		try {
			return JSONObjectUtils.getString(JSONObjectUtils.parse(response.body()), "id");
		}
		catch (ParseException ex) {
			throw new IllegalStateException("unreadable answer to " + response.request().uri().getPath(), ex);
		}
	}

}
