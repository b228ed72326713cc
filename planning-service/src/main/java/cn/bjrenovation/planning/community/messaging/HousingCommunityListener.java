package cn.bjrenovation.planning.community.messaging;

import java.util.List;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.housing.v1.CommunityFacts;
import cn.bjrenovation.planning.community.application.RecordingRegisteredCommunity;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
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
 * <p>
 * The contract says which facts carry communities ({@link CommunityFacts}); this listener maps each straight into
 * planning's own {@link RegisteredCommunity}. Each record's envelope is parsed once.
 */
@Component
class HousingCommunityListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	HousingCommunityListener(InboundEvents inbound, RecordingRegisteredCommunity recording) {
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
	 * retried (nor is the rest of its import recorded). proto3 cannot tell an empty address or a (0, 0)
	 * location from none given; neither is a real one, so both are taken as none.
	 */
	private static RegisteredCommunity community(EventEnvelope envelope, Community community) {
		boolean located = community.getLatitude() != 0 || community.getLongitude() != 0;
		try {
			return new RegisteredCommunity(CommunityId.parse(community.getCommunityId(), "community_id"),
					community.getName(), DistrictCode.parse(community.getDistrictCode(), "district_code"),
					StreetCode.parse(community.getStreetCode(), "street_code"), community.getBuildYear(),
					community.getAddress().isBlank() ? null : community.getAddress(),
					located ? community.getLatitude() : null, located ? community.getLongitude() : null,
					community.getHistoricDistrict(), community.getCoreArea(), community.getRetired(),
					community.getVersion(), EventEnvelopes.occurredAt(envelope));
		}
		catch (InvalidInputException ex) {
			throw new MalformedEventException(
					envelope.getType() + " " + envelope.getEventId() + " is not a valid community: " + ex.getMessage());
		}
	}

}
