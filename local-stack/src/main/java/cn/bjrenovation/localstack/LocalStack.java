package cn.bjrenovation.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import cn.bjrenovation.devissuer.DevIssuer;

/**
 * The whole suite on one machine, without Docker: a real KRaft Kafka broker and the dev OIDC issuer in
 * this JVM, PostgreSQL (local or embedded), and the four department services and the gateway as child
 * processes started from their jars. {@link #close()} stops everything it started, and nothing else.
 */
public final class LocalStack implements AutoCloseable {

	private final StackLayout layout;

	private final List<AutoCloseable> started = new ArrayList<>();

	private final List<ServiceProcess> services = new ArrayList<>();

	private final Map<String, Map<String, String>> environments = new HashMap<>();

	private final ServiceJvm jvm;

	private final Map<String, StartupArchive> archives = new ConcurrentHashMap<>();

	private DevIssuer issuer;

	private LocalStack(StackLayout layout, ServiceJvm jvm) {
		this.layout = layout;
		this.jvm = jvm;
	}

	/** Starts every part and waits until all report ready, or fails naming the part and its log. */
	public static LocalStack start(StackLayout layout, Duration timeout, StartupProgress progress) throws Exception {
		return start(layout, timeout, progress, ServiceJvm.DEFAULT);
	}

	/** The same, with the service JVMs run as {@code jvm} says (e.g. from {@link StartupArchive}s). */
	public static LocalStack start(StackLayout layout, Duration timeout, StartupProgress progress, ServiceJvm jvm)
			throws Exception {
		LocalStack stack = new LocalStack(layout, jvm);
		try {
			stack.startAll(Instant.now().plus(timeout), progress);
			return stack;
		}
		catch (Exception | Error ex) {
			stack.close();
			throw ex;
		}
	}

	/** What the launcher prints while the suite comes up. */
	public interface StartupProgress {

		void report(String line);

	}

	public StackLayout layout() {
		return layout;
	}

	public DevIssuer issuer() {
		return issuer;
	}

	public String gatewayUrl() {
		return "http://127.0.0.1:" + layout.gateway().httpPort();
	}

	public List<Long> servicePids() {
		return services.stream().map(ServiceProcess::pid).toList();
	}

	/** Stops one service (e.g. to see how its callers cope), leaving the rest running. */
	public void stop(String serviceName) throws InterruptedException {
		running(serviceName).close();
	}

	/** Starts a stopped service again with the environment it had, and waits until it is ready. */
	public void restart(String serviceName) throws Exception {
		ServiceProcess old = running(serviceName);
		old.close();
		services.remove(old);
		started.remove(old);
		awaitReady(launch(old.service(), environments.get(serviceName)), Instant.now().plus(Duration.ofMinutes(2)));
	}

	/**
	 * Stops the Kafka broker, runs {@code whileDown}, and starts the broker again on the same ports and data:
	 * to see that what the services accept meanwhile is not lost.
	 */
	public void withKafkaDown(Runnable whileDown) throws IOException {
		KafkaBroker broker = (KafkaBroker) started.stream().filter(KafkaBroker.class::isInstance).findFirst().orElseThrow();
		broker.close();
		started.remove(broker);
		try {
			whileDown.run();
		}
		finally {
			startKafka();
		}
	}

	private KafkaBroker startKafka() throws IOException {
		KafkaBroker kafka = KafkaBroker.start(layout.state().resolve("kafka"), layout.kafkaPort(),
				layout.kafkaControllerPort());
		started.add(0, kafka);
		return kafka;
	}

	private ServiceProcess running(String serviceName) {
		return services.stream()
			.filter(service -> service.service().name().equals(serviceName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no such service: " + serviceName));
	}

	private void startAll(Instant deadline, StartupProgress progress) throws Exception {
		CompletableFuture<Void> unpacking = prepareArchives(progress);
		KafkaBroker kafka = startKafka();
		progress.report("kafka      " + kafka.bootstrapServers() + " (KRaft, in-process)");
		Postgres postgres = Postgres.ensure(layout);
		started.add(postgres);
		String jdbcUrl = postgres.jdbcUrl(layout.database());
		progress.report("postgres   " + jdbcUrl + (postgres.isEmbedded() ? " (embedded)" : " (local server)"));
		issuer = DevIssuer.start("127.0.0.1", layout.issuerPort(), layout.keyFile(), layout.issuerUri());
		started.add(issuer);
		progress.report("issuer     " + issuer.issuerUri() + " (dev OIDC issuer)");

		Map<String, String> common = new HashMap<>();
		common.put("DB_URL", jdbcUrl);
		common.put("DB_USER", "postgres");
		common.put("DB_PASSWORD", "");
		common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
		common.put("JWT_ISSUER_URI", issuer.issuerUri());
		common.put("JWT_AUDIENCE", DevIssuer.AUDIENCE);
		unpacking.join();
		Map<String, String> gatewayRoutes = new HashMap<>();
		for (StackLayout.Service service : layout.departmentServices()) {
			Map<String, String> environment = new HashMap<>(common);
			environment.put("SERVER_PORT", String.valueOf(service.httpPort()));
			environment.put("GRPC_PORT", String.valueOf(service.grpcPort()));
			environment.put("FINANCE_GRPC_TARGET", "127.0.0.1:" + layout.departmentServices().get(1).grpcPort());
			launch(service, environment);
			String prefix = service.name().substring(0, service.name().indexOf('-')).toUpperCase();
			gatewayRoutes.put(prefix + "_URL", "http://127.0.0.1:" + service.httpPort());
		}
		Map<String, String> gatewayEnvironment = new HashMap<>(common);
		gatewayEnvironment.putAll(gatewayRoutes);
		gatewayEnvironment.put("SERVER_PORT", String.valueOf(layout.gateway().httpPort()));
		launch(layout.gateway(), gatewayEnvironment);

		for (StackLayout.Service launched : services.stream().map(ServiceProcess::service).toList()) {
			ServiceProcess service = awaitReady(running(launched.name()), deadline);
			progress.report(String.format("%-10s http://127.0.0.1:%d%s", service.service().name().replace("-service", ""),
					service.service().httpPort(),
					service.service().grpcPort() > 0 ? "  grpc 127.0.0.1:" + service.service().grpcPort() : ""));
		}
	}

	/**
	 * Unpacks the services' jars where needed (about a second of CPU each, the first time only) while Kafka and
	 * the issuer start; a service whose archive could not be prepared starts from its Boot jar.
	 */
	private CompletableFuture<Void> prepareArchives(StartupProgress progress) {
		if (!jvm.archives()) {
			return CompletableFuture.completedFuture(null);
		}
		List<StackLayout.Service> all = new ArrayList<>(layout.departmentServices());
		all.add(layout.gateway());
		return CompletableFuture.runAsync(() -> all.parallelStream().forEach(service -> prepareArchive(service, progress)));
	}

	private void prepareArchive(StackLayout.Service service, StartupProgress progress) {
		try {
			archives.put(service.name(), StartupArchive.prepare(layout.state().resolve("jvm").resolve(service.name()),
					service.jar(layout.root()), jvm.java(), jvm.javaFeature(), jvm.options()));
		}
		catch (IOException | RuntimeException ex) {
			progress.report(service.name() + ": no class archive (" + ex.getMessage() + "); starting from its jar");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Waits until {@code process} is ready. One that dies first while it runs from a class archive is started
	 * once more without it (and the archive forgotten): a broken archive must never cost a start. Every other
	 * service that died the same way is started again at once too, not when its turn to be awaited comes.
	 */
	private ServiceProcess awaitReady(ServiceProcess process, Instant deadline) throws Exception {
		try {
			process.awaitReady(deadline);
			return process;
		}
		catch (IllegalStateException ex) {
			if (process.archive() == null || !process.exited()) {
				throw ex;
			}
			for (ServiceProcess dead : List.copyOf(services)) {
				if (dead.archive() != null && dead.exited()) {
					Path failed = layout.logs().resolve(dead.service().name() + "-with-archive.log");
					Files.copy(dead.log(), failed, StandardCopyOption.REPLACE_EXISTING);
					System.err.println(dead.service().name() + " exited with its class archive (see " + failed
							+ "); starting it again without");
					dead.archive().discard();
					archives.remove(dead.service().name());
					services.remove(dead);
					started.remove(dead);
					launch(dead.service(), environments.get(dead.service().name()));
				}
			}
			ServiceProcess plain = running(process.service().name());
			plain.awaitReady(deadline);
			return plain;
		}
	}

	private ServiceProcess launch(StackLayout.Service service, Map<String, String> environment) throws IOException {
		ServiceProcess process = ServiceProcess.start(layout, service, environment, jvm, archives.get(service.name()));
		environments.put(service.name(), environment);
		services.add(process);
		started.add(process);
		return process;
	}

	/** Stops the services first (they drain against a live broker and database), then the infrastructure. */
	@Override
	public void close() {
		List<AutoCloseable> reversed = new ArrayList<>(started);
		java.util.Collections.reverse(reversed);
		List<Thread> stopping = new ArrayList<>();
		for (AutoCloseable part : reversed) {
			if (part instanceof ServiceProcess) {
				Thread thread = new Thread(() -> closeQuietly(part));
				thread.start();
				stopping.add(thread);
			}
		}
		for (Thread thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		reversed.stream().filter(part -> !(part instanceof ServiceProcess)).forEach(LocalStack::closeQuietly);
		started.clear();
	}

	private static void closeQuietly(AutoCloseable part) {
		try {
			part.close();
		}
		catch (Exception ex) {
			System.err.println("while stopping " + part + ": " + ex.getMessage());
		}
	}

}
