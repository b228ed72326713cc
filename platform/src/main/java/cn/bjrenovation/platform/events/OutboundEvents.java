package cn.bjrenovation.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.bjrenovation.platform.envelope.AuditRecorded;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.envelope.IntegrationEvent;
import com.google.protobuf.Message;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Declares which integration events a service publishes (every service also publishes its audit records), on which topic, and how each maps to its protobuf
 * payload. The result drives Spring Modulith's outbox: the event is stored in the business transaction and
 * sent to Kafka, wrapped in an {@link cn.bjrenovation.common.v1.EventEnvelope}, after the commit.
 */
public final class OutboundEvents {

	private record Route(String topic, int schemaVersion, Function<IntegrationEvent, Message> payload) {
	}

	private final String producer;

	private final Map<Class<?>, Route> routes = new LinkedHashMap<>();

	private OutboundEvents(String producer) {
		this.producer = producer;
		publish(AuditRecorded.class, AuditRecorded.TOPIC, 1, AuditRecorded::toMessage);
	}

	/** @param producer the publishing service's name, written into every envelope */
	public static OutboundEvents from(String producer) {
		return new OutboundEvents(producer);
	}

	/** The service's events: every feature's routes added, in the order given. */
	public static OutboundEvents from(String producer, java.util.List<EventRoutes> features) {
		OutboundEvents events = new OutboundEvents(producer);
		features.forEach(feature -> feature.addTo(events));
		return events;
	}

	@SuppressWarnings("unchecked")
	public <E extends IntegrationEvent> OutboundEvents publish(Class<E> type, String topic, int schemaVersion,
			Function<E, Message> payload) {
		routes.put(type, new Route(topic, schemaVersion, event -> payload.apply((E) event)));
		return this;
	}

	public EventExternalizationConfiguration externalization() {
		return EventExternalizationConfiguration.externalizing()
			.select(event -> routes.containsKey(event.getClass()))
			.routeAll(event -> RoutingTarget.forTarget(route(event).topic())
				.andKey(((IntegrationEvent) event).aggregateId()))
			.mapping(event -> {
				Route route = route(event);
				IntegrationEvent integrationEvent = (IntegrationEvent) event;
				return EventEnvelopes
					.wrap(integrationEvent, producer, route.schemaVersion(), route.payload().apply(integrationEvent))
					.toByteArray();
			})
			.build();
	}

	/** The topics this service owns, created at start-up when missing (the shared audit topic is the platform's). */
	public KafkaAdmin.NewTopics topics(int partitions, int replicas) {
		Set<String> names = routes.values()
			.stream()
			.map(Route::topic)
			.filter(topic -> !AuditRecorded.TOPIC.equals(topic))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		return new KafkaAdmin.NewTopics(names.stream()
			.map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicas).build())
			.toArray(NewTopic[]::new));
	}

	private Route route(Object event) {
		Route route = routes.get(event.getClass());
		if (route == null) {
			throw new IllegalArgumentException("no outbound route for " + event.getClass().getName());
		}
		return route;
	}

}
