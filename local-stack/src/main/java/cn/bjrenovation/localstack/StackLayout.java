package cn.bjrenovation.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where each part of the local suite listens and keeps its files. Every port is the documented default plus
 * {@code portOffset}, so a second stack (the end-to-end test) can run beside a developer's own.
 *
 * @param root the project directory (holds {@code mvnw})
 * @param state the directory for logs, broker data, the dev signing key and the pid file
 * @param database the PostgreSQL database the services share (one schema each)
 */
public record StackLayout(Path root, Path state, int portOffset, String database) {

	/** A department service or the gateway: its module, ports and how ops know it. */
	public record Service(String name, int httpPort, int grpcPort) {

		public Path jar(Path root) {
			return root.resolve(name).resolve("target").resolve(name + "-0.1.0-SNAPSHOT.jar");
		}

		public String healthUrl() {
			return "http://127.0.0.1:" + httpPort + "/actuator/health/readiness";
		}

	}

	public static StackLayout forProject(Path root) {
		return new StackLayout(root, root.resolve(".suite"), 0, "renovation");
	}

	/** Walks up from {@code start} to the directory holding {@code mvnw} and the parent POM. */
	public static Path findRoot(Path start) {
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("local-stack"))) {
				return dir;
			}
		}
		throw new IllegalStateException("not inside the renovation suite's project: " + start);
	}

	public Service gateway() {
		return new Service("gateway", 8080 + portOffset, -1);
	}

	public List<Service> departmentServices() {
		return List.of(new Service("housing-service", 8081 + portOffset, 9081 + portOffset),
				new Service("finance-service", 8082 + portOffset, 9082 + portOffset),
				new Service("planning-service", 8083 + portOffset, 9083 + portOffset),
				new Service("pipeline-service", 8084 + portOffset, 9084 + portOffset));
	}

	public int issuerPort() {
		return 9000 + portOffset;
	}

	public String issuerUri() {
		return "http://127.0.0.1:" + issuerPort();
	}

	public int kafkaPort() {
		return 9092 + portOffset;
	}

	public int kafkaControllerPort() {
		return 9093 + portOffset;
	}

	/** Port for the embedded PostgreSQL, used only when none answers on 127.0.0.1:5432. */
	public int embeddedPostgresPort() {
		return 15432 + portOffset;
	}

	public Path keyFile() {
		return state.resolve("dev-issuer-key.json");
	}

	public Path logs() {
		return state.resolve("logs");
	}

	public Path pidFile() {
		return state.resolve("suite.pid");
	}

}
