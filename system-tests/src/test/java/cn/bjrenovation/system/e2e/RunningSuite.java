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
 * a developer's own suite; its database is named like the other test databases, which the next test JVM
 * drops once no one uses them.
 */
final class RunningSuite {

	private static LocalStack stack;

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
			Path root = StackLayout.findRoot(Path.of(""));
			StackLayout layout = new StackLayout(root, Files.createTempDirectory("suite-e2e"), 10000,
					"renovation_test_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
			LocalStack started = LocalStack.start(layout, Duration.ofMinutes(4), System.out::println);
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
			return started;
		}
		catch (Exception ex) {
			throw new IllegalStateException("the suite did not start", ex);
		}
	}

}
