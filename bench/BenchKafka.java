import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import cn.bjrenovation.localstack.KafkaBroker;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A throw-away single-node KRaft broker for the gateway benchmark, so that the gateway's audit records
 * (topic {@code audit.records}) really leave it, as in the suite. local-stack's own broker, on ports of its own. The Kafka jars come from local-stack's executable jar, which
 * {@code bench/gateway-overhead.sh} unpacks:
 * {@code java -cp 'LIB/*' bench/BenchKafka.java PORT CONTROLLER_PORT DATA_DIR}. Prints "ready" once serving.
 * {@code java -cp 'LIB/*' bench/BenchKafka.java count BOOTSTRAP TOPIC} prints how many records a topic holds, so
 * the run can check that every call was really audited.
 */
public class BenchKafka {

	public static void main(String[] args) throws Exception {
		if (args.length == 3 && "count".equals(args[0])) {
			System.out.println(args[2] + ": " + recordCount(args[1], args[2]) + " records");
			return;
		}
		if (args.length != 3) {
			System.err.println("usage: java -cp 'LIB/*' bench/BenchKafka.java PORT CONTROLLER_PORT DATA_DIR");
			System.exit(2);
		}
		KafkaBroker broker = KafkaBroker.start(Path.of(args[2]).toAbsolutePath(), Integer.parseInt(args[0]),
				Integer.parseInt(args[1]));
		Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
		System.out.println("ready " + broker.bootstrapServers());
		Thread.currentThread().join();
	}

	/** The sum of the topic's end offsets (its record count: nothing is deleted during a run), or -1. */
	private static long recordCount(String bootstrap, String topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
			TopicDescription description = admin.describeTopics(java.util.List.of(topic))
				.allTopicNames()
				.get(5, TimeUnit.SECONDS)
				.get(topic);
			Map<TopicPartition, OffsetSpec> latest = description.partitions()
				.stream()
				.collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
			return admin.listOffsets(latest)
				.all()
				.get(5, TimeUnit.SECONDS)
				.values()
				.stream()
				.mapToLong(info -> info.offset())
				.sum();
		}
		catch (Exception ex) {
			System.err.println("cannot count " + topic + ": " + ex);
			return -1;
		}
	}

}
