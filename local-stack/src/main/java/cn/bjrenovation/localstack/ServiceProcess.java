package cn.bjrenovation.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One service of the suite running as its own JVM, started from its module's Spring Boot jar. */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final StackLayout.Service service;

	private final Process process;

	private final Path log;

	private final StartupArchive archive;

	private ServiceProcess(StackLayout.Service service, Process process, Path log, StartupArchive archive) {
		this.service = service;
		this.process = process;
		this.log = log;
		this.archive = archive;
	}

	/**
	 * Starts the service from its Boot jar, or from the unpacked copy with its class archive when {@code archive}
	 * is given (see {@link StartupArchive#prepare}).
	 */
	static ServiceProcess start(StackLayout layout, StackLayout.Service service, Map<String, String> environment,
			ServiceJvm jvm, StartupArchive archive) throws IOException {
		Path jar = service.jar(layout.root());
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " is missing: build it with ./mvnw -DskipTests package");
		}
		Files.createDirectories(layout.logs());
		Path log = layout.logs().resolve(service.name() + ".log");
		List<String> command = new ArrayList<>();
		command.add(jvm.java().toString());
		command.addAll(jvm.options());
		if (archive == null) {
			command.add("-jar");
			command.add(jar.toString());
		}
		else {
			command.addAll(archive.launchArguments());
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment().putAll(environment);
		return new ServiceProcess(service, builder.start(), log, archive);
	}

	StackLayout.Service service() {
		return service;
	}

	long pid() {
		return process.pid();
	}

	/** The archive this process started with, or null when it started from its Boot jar. */
	StartupArchive archive() {
		return archive;
	}

	Path log() {
		return log;
	}

	/** True when it died before it was ready (see {@link #awaitReady}). */
	boolean exited() {
		return !process.isAlive();
	}

	/** Waits until the service reports ready; fails fast when the process dies, naming its log. */
	void awaitReady(Instant deadline) throws InterruptedException {
		while (Instant.now().isBefore(deadline)) {
			if (isReady(service)) {
				return;
			}
			try {
				// waits a quarter second between checks, and wakes at once if the process dies
				process.onExit().get(250, TimeUnit.MILLISECONDS);
				throw new IllegalStateException(service.name() + " exited with " + process.exitValue() + "; see " + log);
			}
			catch (TimeoutException stillRunning) {
				// not ready yet: check again
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(service.name() + " could not be watched", ex);
			}
		}
		throw new IllegalStateException(service.name() + " not ready in time; see " + log);
	}

	static boolean isReady(StackLayout.Service service) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(service.healthUrl())).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Asks the service to shut down gracefully (SIGTERM), then forces it after the grace period: 30 s, or 3 minutes
	 * for a JVM that writes its class archive on the way out (≈10 s of CPU each on Java 17, more on 25, and all
	 * services stop at once).
	 */
	@Override
	public void close() throws InterruptedException {
		boolean recording = archive != null && archive.recording();
		process.destroy();
		if (!process.waitFor(recording ? 180 : 30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		}
		if (archive != null && !process.isAlive()) {
			archive.exited(process.exitValue());
		}
	}

}
