package cn.bjrenovation.platform.events;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.Map;

import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.config.EventSettings;
import cn.bjrenovation.platform.config.ServiceName;
import cn.bjrenovation.platform.config.TopicLayout;
import cn.bjrenovation.platform.envelope.AuditRecorded;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka plumbing shared by every service: idempotent consumption, bounded retries then {@code <topic>.DLT},
 * and re-sending outbox entries that could not be published (broker down at commit time).
 */
@AutoConfiguration
@ConditionalOnClass({ KafkaOperations.class, IncompleteEventPublications.class })
@EnableScheduling
@EnableConfigurationProperties({ EventSettings.class, TopicLayout.class, ServiceName.class })
public class EventsAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EventsAutoConfiguration.class);

	@Bean
	InboundEvents inboundEvents(JdbcClient jdbc, TransactionTemplate transactions, KafkaProperties kafka,
			ObjectProvider<InboundEvents.EventSpans> spans) {
		return new InboundEvents(jdbc, transactions, kafka.getConsumer().getGroupId(),
				spans.getIfAvailable(() -> InboundEvents.EventSpans.NONE));
	}

	/**
	 * Retries a failing record {@code renovation.events.retries} times, then publishes it to
	 * {@code <topic>.DLT} with the exception in its headers. Records that can never succeed skip the retries.
	 */
	@Bean
	CommonErrorHandler deadLetteringErrorHandler(ProducerFactory<Object, Object> producers, EventSettings settings) {
		// the consumer waits for each dead letter's ack before it goes on: a send that lingers for a batch only holds
		// up the partition
		KafkaTemplate<Object, Object> deadLetters = new KafkaTemplate<>(producers,
				Map.of(ProducerConfig.LINGER_MS_CONFIG, 0));
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
				(record, ex) -> new TopicPartition(record.topic() + ".DLT", -1));
		ConsumerAwareRecordRecoverer deadLetter = (record, consumer, failure) -> recoverer.accept(record, consumer,
				withoutBatchWrapper(failure));
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetter,
				new FixedBackOff(settings.retryInterval().toMillis(), settings.retries()));
		// a record that can never be read, or that the database can never hold, fails the same way every time
		handler.addNotRetryableExceptions(MalformedEventException.class, DateTimeException.class,
				DataIntegrityViolationException.class);
		// the records after a failed one are fetched again (a seek, a fetch from the broker's cache): handing them back in
		// memory instead pauses the consumer for a paused poll and a fetch wait after every bad record, ~0.6 s each
		handler.setSeekAfterError(true);
		return handler;
	}

	/**
	 * The failure as a record listener's would be: the listener's failure (and its consumer group) caused by what the
	 * handler threw, without the {@link BatchListenerFailedException} that only tells the container which record of the
	 * poll failed — the dead letter's headers name the real cause.
	 */
	static Exception withoutBatchWrapper(Exception failure) {
		if (failure instanceof ListenerExecutionFailedException listener
				&& listener.getCause() instanceof BatchListenerFailedException batch && batch.getCause() != null) {
			return new ListenerExecutionFailedException(batch.getCause().getMessage(), listener.getGroupId(),
					batch.getCause());
		}
		return failure;
	}

	/**
	 * A service's one outbox, unless it declares its own externalization: every feature's {@link EventRoutes} gathered
	 * (a service that publishes no events of its own still sends its audit records), and the topics they name.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(EventExternalizationConfiguration.class)
	static class ServiceOutbox {

		@Bean
		EventExternalizationConfiguration serviceOutbox(ServiceName service, ObjectProvider<EventRoutes> features) {
			return OutboundEvents.from(service.name(), features.orderedStream().toList()).externalization();
		}

		@Bean
		KafkaAdmin.NewTopics serviceTopics(ServiceName service, TopicLayout layout, ObjectProvider<EventRoutes> features) {
			return OutboundEvents.from(service.name(), features.orderedStream().toList())
				.topics(layout.partitions(), layout.replicas());
		}

	}

	/** The outbox's sending threads: a bounded pool, never a thread per event ({@link OutboxRelayThreads}). */
	@Bean
	@ConditionalOnMissingBean(AsyncConfigurer.class)
	OutboxRelayThreads outboxRelayThreads(EventSettings settings) {
		return new OutboxRelayThreads(settings.relayThreads());
	}

	/** The outbox's rows of a transaction written in one batch as it commits ({@link BatchedEventPublications}). */
	@Bean
	static BeanPostProcessor batchedEventPublications(ObjectProvider<JdbcOperations> jdbc,
			ObjectProvider<EventSerializer> serializer, ObjectProvider<PlatformTransactionManager> transactions) {
		return BatchedEventPublications.aroundRegistry(jdbc, serializer, transactions);
	}

	@Bean
	AuditTrail auditTrail(ApplicationEventPublisher events, ServiceName service) {
		return new AuditTrail(events, service.name());
	}

	/** One partition: the trail is one chain, appended in the order the records arrive. */
	@Bean
	NewTopic auditRecordsTopic(TopicLayout layout) {
		return TopicBuilder.name(AuditRecorded.TOPIC).partitions(1).replicas(layout.replicas()).build();
	}

	/** Modulith's registry beans are defined after this auto-configuration, so they are looked up when used. */
	@Bean
	OutboxResubmission outboxResubmission(ObjectProvider<FailedEventPublications> failed,
			ObjectProvider<IncompleteEventPublications> incomplete, EventSettings settings) {
		return new OutboxResubmission(failed, incomplete, settings.resubmitAfter());
	}

	/**
	 * Re-sends outbox entries that were not published: those whose send failed (Kafka down or unreachable at
	 * commit time), and those still incomplete after {@code age} (the service stopped mid-send). Consumers are
	 * idempotent, so a re-send that overlaps a late success does no harm.
	 */
	static class OutboxResubmission {

		private final ObjectProvider<FailedEventPublications> failed;

		private final ObjectProvider<IncompleteEventPublications> incomplete;

		private final Duration age;

		OutboxResubmission(ObjectProvider<FailedEventPublications> failed,
				ObjectProvider<IncompleteEventPublications> incomplete, Duration age) {
			this.failed = failed;
			this.incomplete = incomplete;
			this.age = age;
		}

		@Scheduled(fixedDelayString = "${renovation.events.resubmit-every:10s}",
				initialDelayString = "${renovation.events.resubmit-every:10s}")
		void resubmit() {
			try {
				failed.getObject().resubmit(ResubmissionOptions.defaults());
				incomplete.getObject().resubmitIncompletePublicationsOlderThan(age);
			}
			catch (RuntimeException ex) {
				log.warn("Outbox resubmission failed, will try again: {}", ex.getMessage());
			}
		}

	}

}
