package cn.bjrenovation.pipeline.street.messaging;

import java.time.Instant;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Files each community housing registers (topic {@code housing.community}, contract {@code housing.v1})
 * under its street. Each event takes effect once, however often it is delivered; a record that can never be
 * read goes to {@code housing.community.DLT} (see the platform's {@code EventsAutoConfiguration}).
 */
@Component
class HousingCommunityListener {

	static final String TOPIC = "housing.community";

	static final String COMMUNITY_REGISTERED = "CommunityRegistered";

	/** The payload schema of {@code CommunityRegistered} this build reads. */
	static final int SCHEMA_VERSION = 1;

	private static final Logger log = LoggerFactory.getLogger(HousingCommunityListener.class);

	private final InboundEvents inboundEvents;

	private final RecordingStreetCommunity recording;

	HousingCommunityListener(InboundEvents inboundEvents, RecordingStreetCommunity recording) {
		this.inboundEvents = inboundEvents;
		this.recording = recording;
	}

	@KafkaListener(topics = TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		EventEnvelope envelope = EventEnvelopes.unwrap(record.value());
		if (!COMMUNITY_REGISTERED.equals(envelope.getType())) {
			// Housing may publish facts pipeline has no use for. They are skipped without being recorded as
			// consumed, so a later version that does use them still gets them when the topic is replayed.
			log.debug("Skipping {} {} on {}: pipeline keeps no view of it", envelope.getType(),
					envelope.getEventId(), TOPIC);
			return;
		}
		inboundEvents.handle(record, registered -> recording.record(community(registered)));
	}

	/** Reads the fact; one that cannot describe a community can never succeed, so it is not retried. */
	private static StreetCommunity community(EventEnvelope envelope) {
		if (envelope.getSchemaVersion() != SCHEMA_VERSION) {
			throw new MalformedEventException(COMMUNITY_REGISTERED + " schema version " + envelope.getSchemaVersion()
					+ " is not readable by this build (reads " + SCHEMA_VERSION + ")");
		}
		CommunityRegistered payload = InboundEvents.payload(envelope, CommunityRegistered::parseFrom);
		if (!payload.hasCommunity() || !envelope.hasOccurredAt()) {
			throw new MalformedEventException(COMMUNITY_REGISTERED + " " + envelope.getEventId()
					+ " lacks its community or occurred_at");
		}
		Community community = payload.getCommunity();
		try {
			return new StreetCommunity(UUID.fromString(community.getCommunityId()),
					new StreetCode(community.getStreetCode()), community.getName(), community.getBuildYear(),
					Instant.ofEpochSecond(envelope.getOccurredAt().getSeconds(), envelope.getOccurredAt().getNanos()));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException(
					COMMUNITY_REGISTERED + " " + envelope.getEventId() + " is not a valid community: " + ex.getMessage());
		}
	}

}
