package cn.bjrenovation.housing.community.messaging;

import cn.bjrenovation.housing.community.domain.CommunitiesImported;
import cn.bjrenovation.housing.community.domain.CommunityRegistered;
import cn.bjrenovation.housing.community.domain.CommunityRetired;
import cn.bjrenovation.housing.community.domain.CommunityUpdated;
import cn.bjrenovation.housing.community.grpc.CommunityMessages;
import cn.bjrenovation.housing.messaging.EventRoutes;
import cn.bjrenovation.housing.v1.BuildingGraded;
import cn.bjrenovation.platform.events.OutboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The community facts housing publishes on {@code housing.community}: keyed by community id (imports by
 * import chunk), each carrying the community as it now is with its version, so read models keep the newest.
 */
@Configuration(proxyBeanMethods = false)
class CommunityEventsConfiguration {

	static final String TOPIC = "housing.community";

	static OutboundEvents routes(OutboundEvents events) {
		return events
			.publish(CommunityRegistered.class, TOPIC, 1, event -> cn.bjrenovation.housing.v1.CommunityRegistered
				.newBuilder()
				.setCommunity(CommunityMessages.toMessage(event.community()))
				.build())
			.publish(CommunityUpdated.class, TOPIC, 1, event -> cn.bjrenovation.housing.v1.CommunityUpdated
				.newBuilder()
				.setCommunity(CommunityMessages.toMessage(event.community()))
				.build())
			.publish(CommunityRetired.class, TOPIC, 1, event -> cn.bjrenovation.housing.v1.CommunityRetired
				.newBuilder()
				.setCommunity(CommunityMessages.toMessage(event.community()))
				.setReason(event.reason())
				.build())
			.publish(CommunitiesImported.class, TOPIC, 1, event -> {
				var message = cn.bjrenovation.housing.v1.CommunitiesImported.newBuilder().setImportId(event.importId());
				event.communities().forEach(community -> message.addCommunities(CommunityMessages.toMessage(community)));
				return message.build();
			})
			.publish(cn.bjrenovation.housing.community.domain.BuildingGraded.class, TOPIC, 1,
					event -> BuildingGraded.newBuilder()
						.setCommunityId(event.communityId().toString())
						.setBuildingId(event.buildingId().toString())
						.setBuildingNumber(event.buildingNumber())
						.setGrade(event.grade().name())
						.setPlan(event.plan())
						.build());
	}

	@Bean
	static EventRoutes communityEventRoutes() {
		return CommunityEventsConfiguration::routes;
	}

}
