package cn.bjrenovation.system.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.localstack.LocalStack;
import cn.bjrenovation.localstack.StackLayout;

/**
 * One running suite for every end-to-end test class in this JVM — started once (≈1 min on 2 cores), as
 * {@code ./suite up} runs it, and stopped when the JVM exits. Ports are offset by 10000 so it can run beside
 * a developer's own suite (another offset with {@code -De2e.port-offset}); its database is named like the other test
 * databases, which the next test JVM drops once no one uses them. The suite's processes inherit this JVM's
 * environment: where it names an OTLP endpoint (system-tests' POM does), they export their spans to a receiver
 * started here first.
 */
final class RunningSuite {

	/** Where the suite exports its spans (Spring Boot's property, as the environment names it). */
	static final String OTLP_ENDPOINT = "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT";

	private static LocalStack stack;

	private static OtlpReceiver spans;

	private RunningSuite() {
	}

	static synchronized LocalStack get() {
		if (stack == null) {
			stack = start();
		}
		return stack;
	}

	static SuiteClient gateway() {
		return new SuiteClient(get().gatewayUrl());
	}

	/** The spans the suite exported; fails when this JVM names no OTLP endpoint (run through Maven). */
	static OtlpReceiver spans() {
		get();
		if (spans == null) {
			throw new IllegalStateException(OTLP_ENDPOINT + " is not set, so the suite exports no spans: run the "
					+ "end-to-end tests through Maven (system-tests' POM sets it)");
		}
		return spans;
	}

	/** A token of the suite's dev issuer, e.g. {@code token("DISTRICT", "district", "110105")}. */
	static String token(String role, String... scopeClaims) {
		return get().issuer().tokenFor(role, scopeClaims);
	}

	/** The ids of the service processes, to check that stopping leaves none behind. */
	static List<Long> servicePids() {
		return get().servicePids();
	}

	private static LocalStack start() {
		try {
			String endpoint = System.getenv(OTLP_ENDPOINT);
			OtlpReceiver receiver = endpoint == null || endpoint.isBlank() ? null : OtlpReceiver.listeningAt(endpoint);
			Path root = StackLayout.findRoot(Path.of(""));
			StackLayout layout = new StackLayout(root, Files.createTempDirectory("suite-e2e"),
					Integer.getInteger("e2e.port-offset", 10000),
					"renovation_test_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
			LocalStack started;
			try {
				started = LocalStack.start(layout, Duration.ofMinutes(4), System.out::println);
			}
			catch (Exception | Error ex) {
				if (receiver != null) {
					receiver.close();
				}
				throw ex;
			}
			spans = receiver;
			// the services send their last spans while stopping: the receiver goes after them
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				started.close();
				if (receiver != null) {
					receiver.close();
				}
			}));
			return started;
		}
		catch (Exception ex) {
			throw new IllegalStateException("the suite did not start", ex);
		}
	}

}
