package cn.bjrenovation.housing.community.messaging;

import cn.bjrenovation.housing.community.domain.CommunityRegistered;
import cn.bjrenovation.housing.community.grpc.CommunityMessages;
import cn.bjrenovation.platform.events.OutboundEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/** The community facts housing publishes on {@code housing.community}, keyed by community id. */
@Configuration(proxyBeanMethods = false)
class CommunityEventsConfiguration {

	static final String TOPIC = "housing.community";

	static OutboundEvents outbound(String producer) {
		return OutboundEvents.from(producer)
			.publish(CommunityRegistered.class, TOPIC, 1, event -> cn.bjrenovation.housing.v1.CommunityRegistered
				.newBuilder()
				.setCommunity(CommunityMessages.toMessage(event.community()))
				.build());
	}

	@Bean
	static EventExternalizationConfiguration communityEvents(@Value("${spring.application.name}") String producer) {
		return outbound(producer).externalization();
	}

	@Bean
	static KafkaAdmin.NewTopics communityTopics(@Value("${spring.application.name}") String producer,
			@Value("${renovation.kafka.partitions}") int partitions, @Value("${renovation.kafka.replicas}") int replicas) {
		return outbound(producer).topics(partitions, replicas);
	}

}
