package cn.bjrenovation.democity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The finance part of the demo city, loaded through the gateway as the departments would enter it: the 2026 budget
 * lines (municipal, district, bonds), and — once planning has approved 劲松北社区's design, which drafts its funding plan
 * by the shipped default rules (version 1, marked as defaults) — the plan committed and posted, with the Jinsong
 * model's social-capital agreement (A1-4: 愿景集团, 微利可持续, elderly care and property services).
 * <p>
 * The funding plan is event-driven: it exists only after planning publishes {@code DesignApproved} for the project,
 * so this waits for it (up to {@code --wait} seconds) and says so when it does not come. Usage:
 * {@code FinanceDemo GATEWAY_URL FINANCE_TOKEN DRC_TOKEN [JINSONG_PROJECT_ID] [--wait=SECONDS]}.
 */
public final class FinanceDemo {

	/** 2026 appropriations for renovation, fen. */
	public static final List<String> BUDGET_LINES_2026 = List.of(
			"""
					{"fiscalYear":2026,"source":"MUNICIPAL_BUDGET","amountFen":1200000000000,"description":"2026年市级老旧小区综合整治补助资金"}""",
			"""
					{"fiscalYear":2026,"source":"DISTRICT_BUDGET","amountFen":600000000000,"description":"2026年区级老旧小区改造配套资金"}""",
			"""
					{"fiscalYear":2026,"source":"GOVERNMENT_BOND","amountFen":300000000000,"description":"2026年老旧小区改造专项债券"}""");

	/** The Jinsong model's agreement (A1-4): the investor's money for the items it runs, micro-profit, 20 years. */
	public static String jinsongAgreement(String projectId) {
		return """
				{"projectId":"%s","party":"愿景集团（劲松模式社会资本）","items":["ELDERLY_CARE","PROPERTY_SERVICE_ROOM","PARKING"],\
				"amountFen":300000000,"terms":"社会资本投资改造，通过物业服务、停车、养老等有偿服务和存量空间经营收回投资，微利可持续",\
				"termYears":20,"returnCapBasisPoints":500,\
				"declaredIncomeFen":{"ELDERLY_CARE":80000000,"PROPERTY_SERVICE":120000000,"PARKING":60000000}}"""
			.formatted(projectId);
	}

	private FinanceDemo() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("usage: FinanceDemo GATEWAY_URL FINANCE_TOKEN DRC_TOKEN [JINSONG_PROJECT_ID] [--wait=SECONDS]");
			System.exit(2);
		}
		String gateway = args[0];
		String finance = args[1];
		String drc = args[2];
		String project = args.length > 3 && !args[3].startsWith("--") ? args[3] : null;
		long waitSeconds = List.of(args)
			.stream()
			.filter(arg -> arg.startsWith("--wait="))
			.map(arg -> Long.parseLong(arg.substring(7)))
			.findFirst()
			.orElse(120L);
		HttpClient http = HttpClient.newHttpClient();
		for (String line : BUDGET_LINES_2026) {
			System.out.println("budget line: " + send(http, "POST", gateway + "/api/finance/budget-lines", finance, line));
		}
		if (project == null) {
			System.out.println("No 劲松北社区 project id given: its funding plan follows once planning approves its design.");
			return;
		}
		String plan = gateway + "/api/finance/funding-plans/" + project;
		long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
		while (send(http, "GET", plan, finance, null).startsWith("404")) {
			if (System.nanoTime() > deadline) {
				System.out.println("劲松北社区's funding plan has not been drafted: planning has not approved its design yet "
						+ "(DesignApproved on planning.design drafts it); run this again afterwards.");
				return;
			}
			Thread.sleep(2_000);
		}
		System.out.println("commitment: " + send(http, "POST", plan + "/commitment", finance, "{}"));
		System.out.println("posting: " + send(http, "POST", plan + "/commitment/posting", finance, "{}"));
		System.out.println("Jinsong agreement: " + send(http, "POST", gateway + "/api/finance/social-capital-agreements",
				drc, jinsongAgreement(project)));
	}

	private static String send(HttpClient http, String method, String url, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30));
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode() + " " + (response.body().length() > 200 ? response.body().substring(0, 200) + "…"
				: response.body());
	}

}
