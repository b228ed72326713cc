package cn.bjrenovation.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the suite's service JVMs run: on the launcher's own Java, with small-machine options, and — for
 * {@code ./suite up} — from unpacked jars with a {@link StartupArchive} each. The end-to-end tests keep the plain
 * {@link #DEFAULT}: every one of their runs starts from an empty state directory, where an archive would only be
 * recorded, never used.
 *
 * @param options the JVM options every service gets
 * @param archives whether services start from a {@link StartupArchive} (kept under the stack's state directory)
 */
public record ServiceJvm(List<String> options, boolean archives) {

	/**
	 * The whole suite must fit in 2 GB on 2 cores. The serial collector starts faster and uses less memory; these
	 * services are I/O-bound. (No {@code -Xshare:auto}: it is the default, and Java 25 refuses it beside
	 * {@code -XX:AOTCacheOutput}.)
	 */
	static final List<String> SMALL_MACHINE = List.of("-XX:+UseSerialGC", "-Xss512k", "-Xms48m", "-Xmx192m",
			"-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=48m");

	/** C1 only: starts faster and uses less memory, but its code runs slower under load than C2's. */
	static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

	/** What the end-to-end tests and a plain {@code LocalStack.start} use: C1 only, no archives. */
	public static final ServiceJvm DEFAULT = new ServiceJvm(withJit("c1"), false);

	/**
	 * What {@code ./suite up} uses: archives unless {@code RENOVATION_STARTUP_ARCHIVES=off}; C1 only unless
	 * {@code RENOVATION_JIT=tiered} (C1 then C2, as a JVM runs by default); {@code RENOVATION_JVM_OPTIONS}
	 * (space-separated) added after the others, so they win.
	 */
	public static ServiceJvm fromEnvironment(Map<String, String> environment) {
		String archives = environment.getOrDefault("RENOVATION_STARTUP_ARCHIVES", "on").toLowerCase(Locale.ROOT);
		if (!List.of("on", "off").contains(archives)) {
			throw new IllegalArgumentException("RENOVATION_STARTUP_ARCHIVES must be on or off, not " + archives);
		}
		List<String> options = new ArrayList<>(withJit(environment.getOrDefault("RENOVATION_JIT", "c1")));
		String extra = environment.getOrDefault("RENOVATION_JVM_OPTIONS", "").strip();
		if (!extra.isEmpty()) {
			options.addAll(List.of(extra.split("\\s+")));
		}
		return new ServiceJvm(List.copyOf(options), archives.equals("on"));
	}

	private static List<String> withJit(String jit) {
		List<String> options = new ArrayList<>(SMALL_MACHINE);
		switch (jit.toLowerCase(Locale.ROOT)) {
			case "c1" -> options.add(1, C1_ONLY);
			case "tiered" -> {
				// C2's compiled code needs more room than C1's alone
				options.replaceAll(option -> option.equals("-XX:ReservedCodeCacheSize=48m")
						? "-XX:ReservedCodeCacheSize=64m" : option);
			}
			default -> throw new IllegalArgumentException("RENOVATION_JIT must be c1 or tiered, not " + jit);
		}
		return List.copyOf(options);
	}

	/** The {@code java} the services run on: the launcher's own. */
	Path java() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/** Its feature release: 25 and later get the AOT cache, earlier ones AppCDS. */
	int javaFeature() {
		return Runtime.version().feature();
	}

}
