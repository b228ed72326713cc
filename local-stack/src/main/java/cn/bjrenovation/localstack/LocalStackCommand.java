package cn.bjrenovation.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import cn.bjrenovation.democity.DemoCity;
import cn.bjrenovation.devissuer.DevIssuer;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;

/**
 * The commands behind {@code ./suite}: {@code up [--no-demo-city]}, {@code status}, {@code audit verify},
 * {@code token ROLE [--district CODE] [--street CODE] [--community ID] [--utility KIND] [--subject NAME]}, and
 * {@code issuer} (the dev issuer alone, as the compose file runs it). {@code up} loads the demo city into an
 * empty database once the suite is healthy (see {@link DemoCitySetting}).
 */
public final class LocalStackCommand {

	private LocalStackCommand() {
	}

	public static void main(String[] args) throws Exception {
		String command = args.length == 0 ? "help" : args[0];
		List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
		int exit = switch (command) {
			case "up" -> up(projectLayout(), rest);
			case "status" -> status(projectLayout());
			case "token" -> token(projectLayout(), rest);
			case "audit" -> audit(projectLayout(), rest);
			case "demo" -> demo(projectLayout(), rest);
			case "issuer" -> issuer(options(rest));
			default -> usage();
		};
		System.exit(exit);
	}

	private static StackLayout projectLayout() {
		return StackLayout.forProject(StackLayout.findRoot(Path.of("")));
	}

	private static int up(StackLayout layout, List<String> args) throws Exception {
		DemoCitySetting demoCity;
		try {
			demoCity = DemoCitySetting.from(args, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return usage();
		}
		ServiceJvm jvm;
		try {
			jvm = ServiceJvm.fromEnvironment(System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		Files.createDirectories(layout.state());
		long began = System.nanoTime();
		System.out.println("Starting the renovation suite (老旧小区改造) ...");
		LocalStack stack = LocalStack.start(layout, Duration.ofMinutes(4), line -> System.out.println("  " + line), jvm);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping the suite ...");
			stack.close();
			try {
				Files.deleteIfExists(layout.pidFile());
			}
			catch (IOException ex) {
				// nothing left to do
			}
			stopped.countDown();
		}));
		Files.writeString(layout.pidFile(), String.valueOf(ProcessHandle.current().pid()));
		System.out.printf(Locale.ROOT, "%nHealthy in %.1f s. Gateway: %s%n", (System.nanoTime() - began) / 1e9,
				stack.gatewayUrl());
		if (demoCity.load()) {
			loadDemoCity(stack, demoCity.size());
		}
		System.out.println("Web console:    " + stack.gatewayUrl() + "/  (log in as a dev user, e.g. 朝阳区政府 · 区级主管)");
		System.out.println("Get a token:    TOKEN=$(./suite token DISTRICT --district 110105 | tail -1)");
		System.out.println("Try it:         curl -H \"Authorization: Bearer $TOKEN\" '" + stack.gatewayUrl()
				+ "/api/housing/communities?q=%E5%8A%B2%E6%9D%BE&sort=-buildYear&pageSize=5'");
		System.out.println("Register:       see the README (POST /api/housing/communities, survey CSV imports)");
		System.out.println("Logs in " + layout.logs() + ". Ctrl-C or ./suite down stops everything.");
		stopped.await();
		return 0;
	}

	/** The demo city, through the gateway as HOUSING; a failure is reported and leaves the suite running. */
	private static void loadDemoCity(LocalStack stack, int size) {
		try {
			String token = stack.issuer().mint("suite-demo-city", Map.of(Caller.ROLE, Role.HOUSING.name()));
			DemoCityLoading.Outcome loaded = new DemoCityLoading(stack.gatewayUrl(), token, System.out)
				.load(DemoCity.generate(size, DemoCitySetting.SEED));
			if (loaded == DemoCityLoading.Outcome.LOADED) {
				Tokens tokens = (role, claims) -> stack.issuer().mint("suite-demo-" + role.toLowerCase(Locale.ROOT),
						claimsOf(role, claims));
				if (new DemoProjects(stack.gatewayUrl(), tokens, System.out).make() && DemoLives.enabled(System.getenv())) {
					DemoLives.make(stack.gatewayUrl(), tokens, DemoProjects.PLAN_YEAR, System.out);
				}
			}
		}
		catch (RuntimeException ex) {
			System.out.println("Demo city NOT loaded: " + ex + ". The suite keeps running.");
		}
	}

	/** The role claim and the scope claims given as name, value, name, value … */
	private static Map<String, String> claimsOf(String role, String... scopeClaims) {
		Map<String, String> claims = new LinkedHashMap<>();
		claims.put(Caller.ROLE, role);
		for (int i = 0; i + 1 < scopeClaims.length; i += 2) {
			claims.put(scopeClaims[i], scopeClaims[i + 1]);
		}
		return claims;
	}

	private static int status(StackLayout layout) {
		boolean healthy = true;
		boolean kafka = Postgres.answers(layout.kafkaPort());
		healthy &= kafka;
		System.out.printf("%-18s %-5s 127.0.0.1:%d%n", "kafka", kafka ? "UP" : "DOWN", layout.kafkaPort());
		boolean issuer = Postgres.answers(layout.issuerPort());
		healthy &= issuer;
		System.out.printf("%-18s %-5s %s%n", "dev-issuer", issuer ? "UP" : "DOWN", layout.issuerUri());
		List<StackLayout.Service> services = new ArrayList<>(layout.departmentServices());
		services.add(layout.gateway());
		for (StackLayout.Service service : services) {
			boolean ready = ServiceProcess.isReady(service);
			healthy &= ready;
			System.out.printf("%-18s %-5s %s%n", service.name(), ready ? "UP" : "DOWN", service.healthUrl());
		}
		System.out.println("gateway: http://127.0.0.1:" + layout.gateway().httpPort());
		return healthy ? 0 : 1;
	}

	private static int token(StackLayout layout, List<String> args) throws IOException, InterruptedException {
		if (args.isEmpty() || args.get(0).startsWith("--")) {
			return usage();
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("role", args.get(0));
		options(args.subList(1, args.size())).forEach((name, value) -> form.put(name.equals("subject") ? "sub" : name, value));
		String token = mintToken(layout, form);
		if (token == null) {
			return 2;
		}
		System.out.println(token);
		return 0;
	}

	/** Asks the running dev issuer for a token; null (with the reason on stderr) when it cannot. */
	private static String mintToken(StackLayout layout, Map<String, String> form) throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		HttpResponse<String> response;
		try {
			response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(layout.issuerUri() + "/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			System.err.println("The dev issuer at " + layout.issuerUri() + " does not answer: start the suite with ./suite up");
			return null;
		}
		if (response.statusCode() != 200) {
			System.err.println("Refused: " + response.body());
			return null;
		}
		String json = response.body();
		int start = json.indexOf("\"access_token\":\"") + 16;
		return json.substring(start, json.indexOf('"', start));
	}

	private static int audit(StackLayout layout, List<String> args) throws IOException, InterruptedException {
		if (!List.of("verify").equals(args)) {
			return usage();
		}
		String token = mintToken(layout, Map.of("role", "HOUSING", "sub", "suite-audit-verify"));
		if (token == null) {
			return 2;
		}
		return new AuditVerification("http://127.0.0.1:" + layout.gateway().httpPort(), token).run(System.out);
	}

	/** {@code demo jinsong}: 劲松北社区's whole life against the running suite; 0 when it ends under long-term management. */
	private static int demo(StackLayout layout, List<String> args) throws IOException, InterruptedException {
		if (!List.of("jinsong").equals(args)) {
			return usage();
		}
		if (mintToken(layout, Map.of("role", "HOUSING", "sub", "suite-demo-housing")) == null) {
			return 2;
		}
		Tokens tokens = (role, claims) -> {
			Map<String, String> form = new LinkedHashMap<>(claimsOf(role, claims));
			form.put("role", form.remove(Caller.ROLE));
			form.put("sub", "suite-demo-" + role.toLowerCase(Locale.ROOT));
			try {
				return mintToken(layout, form);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		};
		return JinsongDemo.run("http://127.0.0.1:" + layout.gateway().httpPort(), tokens, System.out);
	}

	private static int issuer(Map<String, String> options) throws IOException, InterruptedException {
		int port = Integer.parseInt(options.getOrDefault("port", "9000"));
		String publicUrl = options.getOrDefault("public-url", "http://127.0.0.1:" + port);
		Path keyFile = options.containsKey("key-file") ? Path.of(options.get("key-file")) : null;
		DevIssuer issuer = DevIssuer.start(options.getOrDefault("host", "0.0.0.0"), port, keyFile, publicUrl);
		System.out.println("Dev OIDC issuer " + issuer.issuerUri() + " listening on port " + issuer.port());
		Runtime.getRuntime().addShutdownHook(new Thread(issuer::close));
		Thread.currentThread().join();
		return 0;
	}

	private static Map<String, String> options(List<String> args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || i + 1 >= args.size()) {
				throw new IllegalArgumentException("expected --name value, got " + arg);
			}
			options.put(arg.substring(2), args.get(++i));
		}
		return options;
	}

	private static int usage() {
		System.err.println("""
				usage: ./suite up [--no-demo-city] | down | status | audit verify | demo jinsong
				       ./suite token ROLE [--district CODE] [--street CODE] [--community ID] [--utility KIND] [--subject NAME]
				roles: HOUSING DRC PLANNING CITY_MGMT SASAC FINANCE CIVIL_AFFAIRS HPF
				       DISTRICT STREET COMMUNITY_ORG PLANNER OPERATOR CENTRAL_UNIT
				up loads a demo city of 2,000 communities into an empty database unless --no-demo-city or
				RENOVATION_DEMO_CITY=off; RENOVATION_DEMO_CITY_SIZE=N sets its size""");
		return 2;
	}

}
