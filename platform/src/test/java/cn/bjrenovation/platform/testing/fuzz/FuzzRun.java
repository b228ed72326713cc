package cn.bjrenovation.platform.testing.fuzz;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One generative fuzz run of one family (REST bodies, survey CSVs, gRPC requests, event payloads): a seed, a
 * number of tries, one reproducible random stream per input, and the findings grouped by what went wrong, each
 * with its shortest example. {@code -Dfuzz.seed=...} replays a run, {@code -Dfuzz.tries=...} scales it.
 */
public final class FuzzRun {

	public static final int DEFAULT_TRIES = 10_000;

	private static final int EXAMPLE_LIMIT = 600;

	private final String family;

	private final long seed;

	private final int tries;

	private final long startedAt = System.nanoTime();

	private final Map<String, Finding> findings = new LinkedHashMap<>();

	private final Map<String, Long> counters = new LinkedHashMap<>();

	private FuzzRun(String family, long seed, int tries) {
		this.family = family;
		this.seed = seed;
		this.tries = tries;
	}

	/** Starts a run: the seed from {@code fuzz.seed} (else a fresh one), the tries from {@code fuzz.tries}. */
	public static FuzzRun start(String family) {
		String given = System.getProperty("fuzz.seed");
		long seed = given == null || given.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(given.trim());
		int tries = Integer.getInteger("fuzz.tries", DEFAULT_TRIES);
		FuzzRun run = new FuzzRun(family, seed, tries);
		System.out.printf("FUZZ %s: seed %d, %d tries (replay with -Dfuzz.seed=%d -Dfuzz.tries=%d)%n", family, seed,
				tries, seed, tries);
		return run;
	}

	public long seed() {
		return seed;
	}

	public int tries() {
		return tries;
	}

	/** The random stream of input {@code index}: the same for the same seed, whatever the other inputs drew. */
	public SplittableRandom input(int index) {
		return new SplittableRandom(mix(seed + 0x9E3779B97F4A7C15L * (index + 1L)));
	}

	/** Adds to a named counter (inputs tried, 5xx seen, rows written by refused requests, DLT records...). */
	public void count(String counter, long by) {
		counters.merge(counter, by, Long::sum);
	}

	public void count(String counter) {
		count(counter, 1);
	}

	public long counter(String counter) {
		return counters.getOrDefault(counter, 0L);
	}

	/**
	 * Records one finding under its group (what went wrong, e.g. {@code "POST /api/x: 500"}), keeping the shortest
	 * input that shows it.
	 */
	public void finding(String group, String input, String answer) {
		Finding finding = findings.computeIfAbsent(group, g -> new Finding());
		finding.count++;
		String example = clip(input);
		if (finding.input == null || example.length() < finding.input.length()) {
			finding.input = example;
			finding.answer = clip(answer);
		}
	}

	public boolean clean() {
		return findings.isEmpty();
	}

	/** The counts, the seed and every group of findings with its shortest example. */
	public String report() {
		StringBuilder report = new StringBuilder();
		report.append(String.format("FUZZ %s: seed %d, %d tries, %.1f s%n", family, seed, tries,
				(System.nanoTime() - startedAt) / 1e9));
		counters.forEach((name, value) -> report.append(String.format("  %-40s %d%n", name, value)));
		report.append(String.format("  %-40s %d%n", "distinct findings", findings.size()));
		List<Map.Entry<String, Finding>> groups = new ArrayList<>(findings.entrySet());
		for (Map.Entry<String, Finding> group : groups) {
			report.append(String.format("  [%d×] %s%n      input:  %s%n      answer: %s%n", group.getValue().count,
					group.getKey(), group.getValue().input, group.getValue().answer));
		}
		report.append(String.format("  replay: -Dfuzz.seed=%d -Dfuzz.tries=%d%n", seed, tries));
		return report.toString();
	}

	/** Prints the report and fails with it when anything was found. */
	public void finish() {
		String report = report();
		System.out.println(report);
		if (!clean()) {
			throw new AssertionError(report);
		}
	}

	/** A printable, bounded rendering: control characters shown as escapes. */
	public static String clip(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < text.length() && shown.length() < EXAMPLE_LIMIT; i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate(c) || c == '\u202e') {
				shown.append(String.format("\\u%04x", (int) c));
			}
			else {
				shown.append(c);
			}
		}
		if (shown.length() >= EXAMPLE_LIMIT || text.length() > EXAMPLE_LIMIT) {
			shown.append("…(").append(text.length()).append(" chars)");
		}
		return shown.toString();
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static final class Finding {

		long count;

		String input;

		String answer;

	}

}
