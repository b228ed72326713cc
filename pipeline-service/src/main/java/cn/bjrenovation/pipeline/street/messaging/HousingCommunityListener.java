package cn.bjrenovation.pipeline.street.messaging;

import java.util.List;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.pipeline.street.application.RecordingStreetCommunity;
import cn.bjrenovation.pipeline.street.domain.StreetCode;
import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.events.HousingCommunityFacts;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Files each community housing registers, updates, retires or imports (topic {@code housing.community},
 * contract {@code housing.v1}) under its street, where one trench window will serve them all. Every such fact
 * carries the whole community with its version, and they are recorded alike: the higher version wins,
 * whatever order they arrive in. Other types ({@code BuildingGraded}, or any pipeline does not know) are
 * skipped, neither recorded as consumed nor dead-lettered.
 */
@Component
class HousingCommunityListener {

	private final InboundEvents inboundEvents;

	private final RecordingStreetCommunity recording;

	HousingCommunityListener(InboundEvents inboundEvents, RecordingStreetCommunity recording) {
		this.inboundEvents = inboundEvents;
		this.recording = recording;
	}

	@KafkaListener(topics = HousingCommunityFacts.TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		HousingCommunityFacts.handle(inboundEvents, record, this::note);
	}

	private void note(EventEnvelope envelope, List<Community> communities) {
		recording.record(communities.stream().map(community -> community(envelope, community)).toList());
	}

	/**
	 * Reads one community of the fact; one that cannot describe a community can never succeed, so it is not
	 * retried (nor is the rest of its import recorded). proto3 cannot tell an empty address, a (0, 0) location
	 * or zero buildings from none given; none is a real one, so each is taken as none.
	 */
	private static StreetCommunity community(EventEnvelope envelope, Community community) {
		boolean located = community.getLatitude() != 0 || community.getLongitude() != 0;
		try {
			return new StreetCommunity(UUID.fromString(community.getCommunityId()),
					new StreetCode(community.getStreetCode()), community.getName(), community.getBuildYear(),
					community.getAddress().isBlank() ? null : community.getAddress(),
					located ? community.getLatitude() : null, located ? community.getLongitude() : null,
					community.getBuildingCount() == 0 ? null : community.getBuildingCount(), community.getRetired(),
					community.getVersion(), EventEnvelopes.occurredAt(envelope));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException(
					envelope.getType() + " " + envelope.getEventId() + " is not a valid community: " + ex.getMessage());
		}
	}

}
