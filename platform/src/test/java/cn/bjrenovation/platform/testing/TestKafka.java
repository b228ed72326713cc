package cn.bjrenovation.platform.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for tests: a Testcontainers KRaft container where Docker runs, otherwise a real KRaft
 * broker inside this JVM (spring-kafka-test). Never a mock.
 */
public record TestKafka(String bootstrapServers) {

	static TestKafka start() {
		if (TestPostgres.dockerAvailable()) {
			KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
			container.start();
			return new TestKafka(container.getBootstrapServers());
		}
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
		broker.brokerProperty("auto.create.topics.enable", "true");
		broker.afterPropertiesSet();
		// spring-kafka-test leaves this system property behind; the suite configures Kafka explicitly.
		System.clearProperty(EmbeddedKafkaKraftBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
		return new TestKafka(broker.getBrokersAsString());
	}

}
