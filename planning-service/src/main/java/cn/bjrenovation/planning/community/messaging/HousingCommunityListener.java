package cn.bjrenovation.planning.community.messaging;

import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.housing.v1.CommunityRegistered;
import cn.bjrenovation.planning.community.application.RecordingRegisteredCommunity;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.platform.events.EventEnvelopes;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps planning's community view in step with housing's community database (topic {@code housing.community},
 * contract {@code housing.v1}). Each event takes effect once, however often it is delivered; a record that
 * can never be read goes to {@code housing.community.DLT} (see the platform's {@code EventsAutoConfiguration}).
 */
@Component
class HousingCommunityListener {

	static final String TOPIC = "housing.community";

	static final InboundEvents.Subscription<CommunityRegistered> COMMUNITY_REGISTERED = new InboundEvents.Subscription<>(
			"CommunityRegistered", 1, CommunityRegistered::parseFrom);

	private final InboundEvents inboundEvents;

	private final RecordingRegisteredCommunity recording;

	HousingCommunityListener(InboundEvents inboundEvents, RecordingRegisteredCommunity recording) {
		this.inboundEvents = inboundEvents;
		this.recording = recording;
	}

	@KafkaListener(topics = TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		inboundEvents.handle(record, COMMUNITY_REGISTERED,
				(envelope, registered) -> recording.record(community(envelope, registered)));
	}

	/** Reads the fact; one that cannot describe a community can never succeed, so it is not retried. */
	private static RegisteredCommunity community(EventEnvelope envelope, CommunityRegistered registered) {
		Community community = registered.getCommunity();
		try {
			return new RegisteredCommunity(UUID.fromString(community.getCommunityId()), community.getName(),
					community.getDistrictCode(), community.getStreetCode(), community.getBuildYear(),
					EventEnvelopes.occurredAt(envelope));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException(
					envelope.getType() + " " + envelope.getEventId() + " is not a valid community: " + ex.getMessage());
		}
	}

}
