package cn.bjrenovation.platform.bench.grpc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.platform.grpc.BearerCredentials;
import cn.bjrenovation.platform.grpc.DutyCheckServerInterceptor;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.RealInfrastructureInitializer;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.grpc.server.security.AuthenticationProcessInterceptor;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the platform's gRPC interceptors cost (issue 18 item 4): the same unary RPC served three ways in one JVM and
 * measured in the same run — on a plain grpc-java server with no interceptor ("bare"), on a plain server behind the
 * platform's authentication (JWT from the suite's issuer) and duty check interceptors ("auth + duty"), and on the
 * service's own Spring gRPC port with every global interceptor a service runs ("service port"). First the throughput
 * at saturation (a fixed number of calls in flight), then latency at half of bare's saturation rate (an open loop at
 * the same rate on every path). Run by {@code bench/grpc-overhead.sh}; figures in
 * {@code target/benchmarks/grpc-overhead.txt}.
 */
@SpringBootTest(classes = GrpcOverheadApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.application.name=grpc-overhead-bench", "renovation.schema=bench_grpc" })
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
@Import(LocalGrpc.class)
class GrpcOverheadBenchmark {

	private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "15"));

	private static final double WARMUP_SECONDS = Double.parseDouble(System.getProperty("bench.warmup-seconds", "15"));

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

	private static final int IN_FLIGHT = Integer.getInteger("bench.in-flight", 32);

	/** async-profiler's library: when given, each path's saturation rounds are profiled (a breakdown run, not a reference one). */
	private static final CpuProfile PROFILE = CpuProfile.of(System.getProperty("bench.profiler", ""),
			Path.of("target", "benchmarks", "grpc-overhead-profile"));

	@Autowired
	GrpcOverheadApplication.FixedFiscalCapacity service;

	@Autowired
	AuthenticationProcessInterceptor authentication;

	@Autowired
	DutyCheckServerInterceptor dutyCheck;

	@Autowired
	LocalGrpc servicePort;

	private final List<Server> servers = new ArrayList<>();

	private final List<ManagedChannel> channels = new ArrayList<>();

	@AfterEach
	void stop() {
		channels.forEach(ManagedChannel::shutdownNow);
		servers.forEach(Server::shutdownNow);
	}

	@Test
	void unaryCallsWithAndWithoutTheAuthenticationAndDutyInterceptors() throws Exception {
		String token = TestInfrastructure.token("FINANCE");
		Map<String, ManagedChannel> paths = new LinkedHashMap<>();
		paths.put("bare", channel(start(false)));
		paths.put("auth + duty", channel(start(true)));
		paths.put("service port", servicePort.channel());
		checkTheInterceptorsRefuse(paths.get("auth + duty"));
		checkTheInterceptorsRefuse(paths.get("service port"));

		Map<String, UnaryLoad> loads = new LinkedHashMap<>();
		paths.forEach((name, channel) -> loads.put(name, new UnaryLoad(channel, token)));
		for (UnaryLoad load : loads.values()) {
			load.closed(IN_FLIGHT, WARMUP_SECONDS);
		}
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"gRPC overhead, unary GetFiscalCapacity: %d calls in flight, %.0f s per measurement, %d rounds, %d cores, %s%n"
						+ "load average before: %s%n%n",
				IN_FLIGHT, SECONDS, ROUNDS, Runtime.getRuntime().availableProcessors(), Instant.now(), loadAverage()));
		Map<String, List<Double>> throughput = new LinkedHashMap<>();
		loads.keySet().forEach(name -> throughput.put(name, new ArrayList<>()));
		long failures = 0;
		report.append("saturation (closed loop), calls/s per round:\n\n| round | ")
			.append(String.join(" | ", loads.keySet()))
			.append(" |\n|---|---|---|---|\n");
		for (int round = 1; round <= ROUNDS; round++) {
			report.append("| ").append(round).append(' ');
			for (Map.Entry<String, UnaryLoad> load : loads.entrySet()) {
				PROFILE.resume(load.getKey());
				UnaryLoad.Result result = load.getValue().closed(IN_FLIGHT, SECONDS);
				PROFILE.pause(load.getKey(), result.calls());
				failures += result.failures();
				throughput.get(load.getKey()).add(result.callsPerSecond());
				report.append(String.format(Locale.ROOT, "| %.0f ", result.callsPerSecond()));
			}
			report.append("|\n");
		}
		double bare = median(throughput.get("bare"));
		double guarded = median(throughput.get("auth + duty"));
		double rate = bare / 2;
		report.append(String.format(Locale.ROOT, "%nlatency at half of bare's saturation: an open loop at %.0f calls/s on each path%n%n", rate));
		report.append("| path | median calls/s at saturation | / bare | p50 at half saturation (ms) | p99 (ms) | max (ms) |\n");
		report.append("|---|---|---|---|---|---|\n");
		Map<String, Double> p99s = new LinkedHashMap<>();
		for (Map.Entry<String, UnaryLoad> load : loads.entrySet()) {
			UnaryLoad.Result result = load.getValue().open(rate, SECONDS);
			failures += result.failures();
			double median = median(throughput.get(load.getKey()));
			p99s.put(load.getKey(), result.percentile(99));
			report.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f %% | %.2f | %.2f | %.2f |%n", load.getKey(), median,
					100 * median / bare, result.percentile(50), result.percentile(99), result.percentile(100)));
		}
		double ratio = 100 * guarded / bare;
		double p99 = p99s.get("auth + duty");
		report.append(String.format(Locale.ROOT, "%nauth + duty: %.1f %% of bare throughput (goal >= 90 %%): %s; p99 %.2f ms at half "
				+ "saturation (goal <= 2 ms): %s%nfailed calls: %d; load average after: %s%n", ratio,
				ratio >= 90 ? "met" : "MISSED", p99, p99 <= 2 ? "met" : "MISSED", failures, loadAverage()));
		report.append(PROFILE.breakdown());
		write(report.toString());
		System.out.print(report);
		assertThat(failures).as("calls that failed").isZero();
	}

	/**
	 * The guarded paths really check: a call without a token is refused (UNAUTHENTICATED on the service port; the bare
	 * server has no exception handler to map Spring Security's exception, so UNKNOWN there), a role without the duty
	 * PERMISSION_DENIED.
	 */
	private void checkTheInterceptorsRefuse(ManagedChannel channel) {
		GetFiscalCapacityRequest request = GetFiscalCapacityRequest.newBuilder().setYear(2026).build();
		StatusRuntimeException anonymous = catchThrowableOfType(StatusRuntimeException.class,
				() -> FiscalCapacityServiceGrpc.newBlockingStub(channel).getFiscalCapacity(request));
		assertThat(anonymous.getStatus().getCode()).isIn(Status.Code.UNAUTHENTICATED, Status.Code.UNKNOWN);
		StatusRuntimeException planner = catchThrowableOfType(StatusRuntimeException.class,
				() -> FiscalCapacityServiceGrpc.newBlockingStub(channel)
					.withCallCredentials(BearerCredentials.of(TestInfrastructure.token("PLANNING")))
					.getFiscalCapacity(request));
		assertThat(planner.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
	}

	private Server start(boolean guarded) throws IOException {
		Server server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
			// the last interceptor named runs first: authentication, then the duty check
			.addService(guarded ? ServerInterceptors.intercept(service, dutyCheck, authentication) : service.bindService())
			.build()
			.start();
		servers.add(server);
		return server;
	}

	private ManagedChannel channel(Server server) {
		ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
		channels.add(channel);
		return channel;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static void write(String report) throws IOException {
		Path file = Path.of("target", "benchmarks", "grpc-overhead.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
	}

}
