package cn.bjrenovation.planning.community.messaging;

import java.util.List;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.planning.community.application.RecordingRegisteredCommunity;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.events.HousingCommunityFacts;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps planning's community view in step with housing's community database (topic {@code housing.community},
 * contract {@code housing.v1}). Registered, updated, retired and imported communities all carry the whole
 * community with its version, and are recorded alike: the higher version wins, whatever order they arrive
 * in. Each event takes effect once, however often it is delivered; a record that can never be read goes to
 * {@code housing.community.DLT} (see the platform's {@code EventsAutoConfiguration}). Other types
 * ({@code BuildingGraded}, or any planning does not know) are skipped, neither recorded as consumed nor
 * dead-lettered.
 */
@Component
class HousingCommunityListener {

	private final InboundEvents inboundEvents;

	private final RecordingRegisteredCommunity recording;

	HousingCommunityListener(InboundEvents inboundEvents, RecordingRegisteredCommunity recording) {
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
	 * retried (nor is the rest of its import recorded). proto3 cannot tell an empty address or a (0, 0)
	 * location from none given; neither is a real one, so both are taken as none.
	 */
	private static RegisteredCommunity community(EventEnvelope envelope, Community community) {
		boolean located = community.getLatitude() != 0 || community.getLongitude() != 0;
		try {
			return new RegisteredCommunity(UUID.fromString(community.getCommunityId()), community.getName(),
					community.getDistrictCode(), community.getStreetCode(), community.getBuildYear(),
					community.getAddress().isBlank() ? null : community.getAddress(),
					located ? community.getLatitude() : null, located ? community.getLongitude() : null,
					community.getHistoricDistrict(), community.getCoreArea(), community.getRetired(),
					community.getVersion(), EventEnvelopes.occurredAt(envelope));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException(
					envelope.getType() + " " + envelope.getEventId() + " is not a valid community: " + ex.getMessage());
		}
	}

}
