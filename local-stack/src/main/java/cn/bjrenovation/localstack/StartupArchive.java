package cn.bjrenovation.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's Spring Boot jar unpacked once, and the classes its JVM loaded the last time it ran, kept in one file
 * the next JVM maps instead of finding, reading, verifying and linking them again from ~150 jars. On 2 cores this
 * roughly halves the CPU a service needs to start (issue 18 item 5; see docs/benchmarks.md).
 * <p>
 * On Java 25 and later the file is an AOT cache (JEP 483, 514, 515: {@code -XX:AOTCacheOutput} records,
 * {@code -XX:AOTCache} uses); before that a dynamic AppCDS archive ({@code -XX:ArchiveClassesAtExit},
 * {@code -XX:SharedArchiveFile}). Neither can take classes from the jar-in-jar layout of {@code java -jar app.jar},
 * hence the unpacked copy ({@code -Djarmode=tools extract}: the application jar plus {@code lib/}).
 * <p>
 * The first start (and the first after the jar, the JVM or its options changed) runs from the unpacked jar and
 * records; the JVM writes the file when it exits after a graceful stop, and the starts after that use it. The JVM
 * checks the file against its class path and options itself and runs without it when they differ
 * ({@code -Xshare:auto}, AOT mode {@code auto}), so a stale file costs speed, never a start; {@link LocalStack} also
 * starts a service again without any of this when it dies before being ready.
 */
final class StartupArchive {

	private final Path directory;

	private final Path application;

	private final Path archive;

	private final Path recording;

	private final boolean aotCache;

	private StartupArchive(Path directory, Path application, Path archive, Path recording, boolean aotCache) {
		this.directory = directory;
		this.application = application;
		this.archive = archive;
		this.recording = recording;
		this.aotCache = aotCache;
	}

	/**
	 * Unpacks {@code bootJar} into {@code directory} unless it holds an unpacked copy of this very jar (same size and
	 * time), throwing away what was there before.
	 *
	 * @param java the {@code java} executable the service will run on
	 * @param javaFeature its feature release (17, 25 ...): 25 and later get the AOT cache
	 * @param jvmOptions the service's other JVM options: an archive recorded under other options is not used
	 */
	static StartupArchive prepare(Path directory, Path bootJar, Path java, int javaFeature, List<String> jvmOptions)
			throws IOException, InterruptedException {
		String jarStamp = bootJar.toAbsolutePath() + " " + Files.size(bootJar) + " "
				+ Files.getLastModifiedTime(bootJar).toMillis() + "\n";
		Path stampFile = directory.resolve("jar.stamp");
		Path application = directory.resolve("app").resolve(bootJar.getFileName());
		if (!Files.exists(stampFile) || !Files.readString(stampFile).equals(jarStamp) || !Files.exists(application)) {
			deleteRecursively(directory);
			Files.createDirectories(directory);
			extract(java, bootJar, directory.resolve("app"));
			Files.writeString(stampFile, jarStamp);
		}
		boolean aotCache = javaFeature >= 25;
		String name = "classes-" + fingerprint(java + " " + javaFeature + " " + String.join(" ", jvmOptions))
				+ (aotCache ? ".aot" : ".jsa");
		return new StartupArchive(directory, application, directory.resolve(name),
				directory.resolve("recording-" + name), aotCache);
	}

	/** True when this start records the archive (none was there yet). */
	boolean recording() {
		return !Files.exists(archive);
	}

	/** What comes after the JVM options on the command line: the archive's option, {@code -jar} and the jar. */
	List<String> launchArguments() throws IOException {
		List<String> arguments = new ArrayList<>();
		if (recording()) {
			Files.deleteIfExists(recording);
			arguments.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + recording);
		}
		else {
			arguments.add((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
		}
		arguments.add("-jar");
		arguments.add(application.toString());
		return arguments;
	}

	/**
	 * The JVM exited: keeps what it recorded when it stopped gracefully (exit 0, or 143 after SIGTERM), drops it
	 * otherwise (a JVM killed while writing leaves half a file).
	 */
	void exited(int exitCode) {
		try {
			if ((exitCode == 0 || exitCode == 143) && Files.exists(recording) && Files.size(recording) > 0) {
				Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			else {
				Files.deleteIfExists(recording);
			}
		}
		catch (IOException ex) {
			System.err.println("could not keep the class archive " + recording + ": " + ex.getMessage());
		}
	}

	/** Forgets the archive, e.g. after a JVM that used it died before it was ready. */
	void discard() {
		try {
			Files.deleteIfExists(archive);
			Files.deleteIfExists(recording);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path directory() {
		return directory;
	}

	private static void extract(Path java, Path bootJar, Path destination) throws IOException, InterruptedException {
		Path log = destination.resolveSibling("extract.log");
		Process extraction = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Djarmode=tools", "-jar", bootJar.toString(), "extract", "--destination", destination.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!extraction.waitFor(2, TimeUnit.MINUTES)) {
			extraction.destroyForcibly();
			throw new IOException("unpacking " + bootJar + " took longer than 2 minutes");
		}
		if (extraction.exitValue() != 0) {
			throw new IOException("unpacking " + bootJar + " failed; see " + log);
		}
	}

	private static String fingerprint(String text) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
