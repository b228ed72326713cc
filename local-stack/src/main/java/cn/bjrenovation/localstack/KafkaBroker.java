package cn.bjrenovation.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running in this JVM from the
 * Kafka artifacts on Maven Central. Its log directory survives restarts, so topics and offsets do too.
 */
public final class KafkaBroker implements AutoCloseable {

	private final KafkaRaftServer server;

	private final int port;

	private KafkaBroker(KafkaRaftServer server, int port) {
		this.server = server;
		this.port = port;
	}

	public static KafkaBroker start(Path dataDir, int port, int controllerPort) throws IOException {
		Files.createDirectories(dataDir);
		Properties config = new Properties();
		config.put("process.roles", "broker,controller");
		config.put("node.id", "1");
		config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		config.put("controller.listener.names", "CONTROLLER");
		config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		config.put("inter.broker.listener.name", "PLAINTEXT");
		config.put("log.dirs", dataDir.toAbsolutePath().toString());
		config.put("num.partitions", "3");
		config.put("auto.create.topics.enable", "true");
		config.put("offsets.topic.replication.factor", "1");
		config.put("transaction.state.log.replication.factor", "1");
		config.put("transaction.state.log.min.isr", "1");
		config.put("share.coordinator.state.topic.replication.factor", "1");
		config.put("share.coordinator.state.topic.min.isr", "1");
		config.put("group.initial.rebalance.delay.ms", "0");
		config.put("log.retention.hours", "168");
		// the log cleaner (it compacts __consumer_offsets) keeps a 128 MB dedupe buffer on the heap by default:
		// a quarter of the launcher's memory for a broker that sees a few thousand offsets a day
		config.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
		formatOnce(dataDir, config);
		KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
		server.startup();
		return new KafkaBroker(server, port);
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + port;
	}

	@Override
	public void close() {
		server.shutdown();
		server.awaitShutdown();
	}

	/** KRaft needs its storage formatted with a cluster id before the first start. */
	private static void formatOnce(Path dataDir, Properties config) throws IOException {
		if (Files.exists(dataDir.resolve("meta.properties"))) {
			return;
		}
		Path file = dataDir.resolveSibling(dataDir.getFileName() + ".properties");
		try (Writer writer = Files.newBufferedWriter(file)) {
			config.store(writer, "local-stack KRaft broker");
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int exit = StorageTool.execute(new String[] { "format", "-t", Uuid.randomUuid().toString(), "-c",
				file.toString(), "--ignore-formatted" }, new PrintStream(output, true, StandardCharsets.UTF_8));
		if (exit != 0) {
			throw new IOException("formatting the Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
		}
	}

}
