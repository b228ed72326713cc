package cn.bjrenovation.housing.messaging;

import java.util.List;

import cn.bjrenovation.platform.config.ServiceName;
import cn.bjrenovation.platform.config.TopicLayout;
import cn.bjrenovation.platform.events.OutboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * housing's one outbox externalization: every feature's {@link EventRoutes} (communities on {@code housing.community},
 * projects on {@code housing.project}), the audit records, and the topics housing owns.
 */
@Configuration(proxyBeanMethods = false)
class HousingOutboxConfiguration {

	static OutboundEvents outbound(String producer, List<EventRoutes> routes) {
		OutboundEvents events = OutboundEvents.from(producer);
		routes.forEach(route -> route.addTo(events));
		return events;
	}

	@Bean
	static EventExternalizationConfiguration housingEvents(ServiceName service, List<EventRoutes> routes) {
		return outbound(service.name(), routes).externalization();
	}

	@Bean
	static KafkaAdmin.NewTopics housingTopics(ServiceName service, TopicLayout topics, List<EventRoutes> routes) {
		return outbound(service.name(), routes).topics(topics.partitions(), topics.replicas());
	}

}
