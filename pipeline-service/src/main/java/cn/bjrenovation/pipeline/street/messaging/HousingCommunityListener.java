package cn.bjrenovation.pipeline.street.messaging;

import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.housing.v1.CommunityRegistered;
import cn.bjrenovation.pipeline.street.application.RecordingStreetCommunity;
import cn.bjrenovation.pipeline.street.domain.StreetCode;
import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import cn.bjrenovation.platform.events.EventEnvelopes;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Files each community housing registers (topic {@code housing.community}, contract {@code housing.v1})
 * under its street, where one trench window will serve them all.
 */
@Component
class HousingCommunityListener {

	static final String TOPIC = "housing.community";

	static final InboundEvents.Subscription<CommunityRegistered> COMMUNITY_REGISTERED = new InboundEvents.Subscription<>(
			"CommunityRegistered", 1, CommunityRegistered::parseFrom);

	private final InboundEvents inboundEvents;

	private final RecordingStreetCommunity recording;

	HousingCommunityListener(InboundEvents inboundEvents, RecordingStreetCommunity recording) {
		this.inboundEvents = inboundEvents;
		this.recording = recording;
	}

	@KafkaListener(topics = TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		inboundEvents.handle(record, COMMUNITY_REGISTERED,
				(envelope, registered) -> recording.record(community(envelope, registered)));
	}

	private static StreetCommunity community(EventEnvelope envelope, CommunityRegistered registered) {
		Community community = registered.getCommunity();
		try {
			return new StreetCommunity(UUID.fromString(community.getCommunityId()),
					new StreetCode(community.getStreetCode()), community.getName(), community.getBuildYear(),
					EventEnvelopes.occurredAt(envelope));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException(
					envelope.getType() + " " + envelope.getEventId() + " is not a valid community: " + ex.getMessage());
		}
	}

}
