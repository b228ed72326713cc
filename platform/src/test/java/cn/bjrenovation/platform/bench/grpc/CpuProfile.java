package cn.bjrenovation.platform.bench.grpc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU samples of this JVM taken by async-profiler while one path of the benchmark is measured, so that a breakdown of
 * a call's cost comes from the same run as its throughput. The profiler is loaded into this JVM through {@code jcmd
 * JVMTI.agent_load} (no dependency of the tests on it) and sampled by process CPU time ({@code itimer}, 1 ms), so
 * the samples of a path divided by its calls are the CPU a call costs there, client included. Each measurement gets
 * its collapsed-stack file ({@code <path>.<round>.collapsed}), and {@code calls.txt} the rounds and calls per path.
 * Without a library ({@code bench.profiler} unset) nothing is loaded and nothing is written.
 */
final class CpuProfile {

	private final String library;

	private final Path directory;

	private final Map<String, Long> calls = new HashMap<>();

	private final Map<String, Integer> rounds = new HashMap<>();

	private CpuProfile(String library, Path directory) {
		this.library = library;
		this.directory = directory;
	}

	static CpuProfile of(String library, Path directory) {
		return new CpuProfile(library, directory);
	}

	void resume(String path) {
		if (library.isEmpty()) {
			return;
		}
		agent("start,event=itimer,interval=1ms");
	}

	void pause(String path, long measuredCalls) throws IOException {
		if (library.isEmpty()) {
			return;
		}
		Files.createDirectories(directory);
		int round = rounds.merge(path, 1, Integer::sum);
		Path file = file(path, round);
		// one profile at a time in the agent: each measurement is started afresh and written out on its own
		agent("stop,collapsed,file=" + file.toAbsolutePath());
		calls.merge(path, measuredCalls, Long::sum);
		StringBuilder summary = new StringBuilder();
		calls.forEach((name, count) -> summary.append(String.format(Locale.ROOT, "%s\t%d\t%d%n", name, rounds.get(name), count)));
		Files.writeString(directory.resolve("calls.txt"), summary);
	}

	/**
	 * Each profiled path's CPU per call, split into the parts of a guarded call: a sample counts for the part of the
	 * innermost frame that names one (so a map lookup inside the token cache is the cache's) unless the service's
	 * handler lies deeper (what an interceptor calls on is not its own cost); everything else — the transport, the
	 * client, the service, the JIT and GC — is "the rest", which a bare call pays too.
	 */
	String breakdown() throws IOException {
		if (library.isEmpty()) {
			return "";
		}
		StringBuilder table = new StringBuilder("\nCPU per call by part (async-profiler, itimer 1 ms, the saturation rounds; "
				+ "client and server in this JVM), µs per call:\n\n| part |");
		Map<String, Map<CallPart, Long>> samples = new LinkedHashMap<>();
		for (String path : calls.keySet().stream().sorted().toList()) {
			table.append(' ').append(path).append(" |");
			Map<CallPart, Long> parts = new EnumMap<>(CallPart.class);
			for (int round = 1; round <= rounds.get(path); round++) {
				for (String line : Files.readAllLines(file(path, round))) {
					int space = line.lastIndexOf(' ');
					if (space > 0) {
						parts.merge(CallPart.of(line.substring(0, space)), Long.parseLong(line.substring(space + 1)), Long::sum);
					}
				}
			}
			samples.put(path, parts);
		}
		table.append("\n|---|").append("---|".repeat(samples.size())).append('\n');
		for (CallPart part : CallPart.values()) {
			table.append("| ").append(part.label).append(" |");
			samples.forEach((path, parts) -> table.append(String.format(Locale.ROOT, " %.2f |",
					1000.0 * parts.getOrDefault(part, 0L) / calls.get(path))));
			table.append('\n');
		}
		table.append("| **all** |");
		samples.forEach((path, parts) -> table.append(String.format(Locale.ROOT, " **%.2f** |",
				1000.0 * parts.values().stream().mapToLong(Long::longValue).sum() / calls.get(path))));
		return table.append('\n').toString();
	}

	private Path file(String path, int round) {
		return directory.resolve(path.replace(' ', '_').replace("+", "and") + "." + round + ".collapsed");
	}

	/** The parts of a guarded call, each named by frames only it runs (class names, or class and method). */
	enum CallPart {

		SIGNATURE("JWT parse + RS256 signature + claim checks (Nimbus)", "NimbusJwtDecoder", "com/nimbusds/",
				"java/security/Signature", "sun/security/"),
		TOKEN_CACHE("verified-token cache lookup", "VerifiedTokenCache", "VerifiedJwtDecoder"),
		AUTHENTICATION_OBSERVATION("authentication observation (Micrometer: span, timer, long task timer)",
				"ObservationAuthenticationManager"),
		AUTHENTICATION_EVENTS("authentication events", "AuthenticationEventPublisher", "publishEvent"),
		AUTHENTICATION("authentication manager, JWT → authentication (authorities)", "ProviderManager",
				"JwtAuthenticationProvider", "JwtAuthenticationConverter", "JwtGrantedAuthoritiesConverter",
				"JwtAuthenticationToken", "AbstractAuthenticationToken"),
		AUTHORIZATION("spring-grpc's authorisation (method matchers)", "AuthorizationManager", "RequestMapperConfigurer",
				"CallMatcher", "CallContext"),
		METADATA("bearer token from the metadata", "BearerTokenAuthenticationExtractor", "BearerTokenAuthenticationToken",
				"grpc/BearerTokenExtractor"),
		SECURITY_CONTEXT("security context (holder, gRPC Context, listener)", "SecurityContextHolder",
				"SecurityContextHandlerListener", "io/grpc/Contexts", "AuthenticationProcessInterceptor"),
		CALLER("duty: caller from the claims", "CurrentCaller", "identity/Caller."),
		OPERATION("duty: the method's operation", "DutyPolicy.forGrpc"),
		DECISION("duty: decision", "DutyPolicy.decide", "DutyCheckServerInterceptor", "policy/Operation",
				"policy/Decision"),
		OTHER_INTERCEPTORS("the service port's other interceptors (exceptions, observation, trace context, control characters)",
				"TraceContextServerInterceptor", "ControlCharacterServerInterceptor", "ObservationGrpcServerInterceptor",
				"GrpcExceptionHandlerInterceptor"),
		REST("the rest (transport, client, service, JIT, GC — a bare call's too)");

		private final String label;

		private final List<String> frames;

		CallPart(String label, String... frames) {
			this.label = label;
			this.frames = List.of(frames);
		}

		/** Where an interceptor hands the call on: what runs beneath is the service's and grpc-java's, not the interceptor's. */
		private static final List<String> HANDED_ON = List.of("io/grpc/stub/ServerCalls", "FixedFiscalCapacity");

		static CallPart of(String stack) {
			String[] frames = stack.split(";");
			for (int i = frames.length - 1; i >= 0; i--) {
				if (HANDED_ON.stream().anyMatch(frames[i]::contains)) {
					return REST;
				}
				for (CallPart part : values()) {
					if (part.frames.stream().anyMatch(frames[i]::contains)) {
						return part;
					}
				}
			}
			return REST;
		}

	}

	private void agent(String options) {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				// quoted, or jcmd reads the '=' in the options as one of its own named arguments
				Long.toString(ProcessHandle.current().pid()), "JVMTI.agent_load", library, '"' + options + '"');
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			// jcmd exits 0 whatever the agent answers; the agent's own code is in its output
			if (process.waitFor() != 0 || !output.contains("return code: 0")) {
				throw new IllegalStateException("jcmd " + options + ": " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("jcmd " + options, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("jcmd " + options, ex);
		}
	}

}
