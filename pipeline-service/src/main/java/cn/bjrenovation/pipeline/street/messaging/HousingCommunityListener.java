package cn.bjrenovation.pipeline.street.messaging;

import java.util.List;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.housing.v1.CommunityFacts;
import cn.bjrenovation.pipeline.street.application.RecordingStreetCommunity;
import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.Echo;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Files each community housing registers, updates, retires or imports (topic {@code housing.community},
 * contract {@code housing.v1}) under its street, where one trench window will serve them all. Every such fact
 * carries the whole community with its version, and they are recorded alike: the higher version wins,
 * whatever order they arrive in. Other types ({@code BuildingGraded}, or any pipeline does not know) are
 * skipped, neither recorded as consumed nor dead-lettered.
 * <p>
 * This is pipeline's own reading of housing's contract: the types it subscribes to, at the schema version it
 * reads, mapped straight into its {@link StreetCommunity} with only the fields it uses. Each record's envelope
 * is parsed once.
 */
@Component
class HousingCommunityListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	HousingCommunityListener(InboundEvents inbound, RecordingStreetCommunity recording) {
		this.inbound = inbound;
		for (String type : CommunityFacts.TYPES) {
			dispatch.on(new Subscription<>(type, CommunityFacts.SCHEMA_VERSION,
					payload -> CommunityFacts.communities(type, payload)),
					(envelope, communities) -> recording.record(
							communities.stream().map(community -> community(envelope, community)).toList()));
		}
	}

	@KafkaListener(topics = CommunityFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

	/**
	 * Reads one community of the fact; one that cannot describe a community can never succeed, so it is not
	 * retried (nor is the rest of its import recorded). proto3 cannot tell an empty address, a (0, 0) location
	 * or zero buildings from none given; none is a real one, so each is taken as none.
	 */
	private static StreetCommunity community(EventEnvelope envelope, Community community) {
		boolean located = community.getLatitude() != 0 || community.getLongitude() != 0;
		try {
			StreetCode street = StreetCode.parse(community.getStreetCode(), "street_code");
			if (!street.district().equals(DistrictCode.parse(community.getDistrictCode(), "district_code"))) {
				throw new InvalidInputException("street_code", "'" + street + "' is not a street of district "
						+ Echo.cut(community.getDistrictCode(), 20));
			}
			return new StreetCommunity(CommunityId.parse(community.getCommunityId(), "community_id"),
					street, community.getName(),
					community.getBuildYear(), community.getAddress().isBlank() ? null : community.getAddress(),
					located ? community.getLatitude() : null, located ? community.getLongitude() : null,
					community.getBuildingCount() == 0 ? null : community.getBuildingCount(), community.getRetired(),
					community.getVersion(), EventEnvelopes.occurredAt(envelope));
		}
		catch (InvalidInputException ex) {
			throw new MalformedEventException(
					envelope.getType() + " " + envelope.getEventId() + " is not a valid community: " + ex.getMessage());
		}
	}

}
