package cn.bjrenovation.platform.events;

import java.util.List;
import java.util.function.BiConsumer;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.CommunitiesImported;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.housing.v1.CommunityRegistered;
import cn.bjrenovation.housing.v1.CommunityRetired;
import cn.bjrenovation.housing.v1.CommunityUpdated;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * For the services that keep a read model of housing's community database: the facts on
 * {@code housing.community} (contract {@code housing.v1}) that carry communities — registered, updated, retired,
 * imported — each handed over as the communities it carries, every one whole and with its version, so a read
 * model keeps the highest version it has seen whatever order they arrive in. Each fact takes effect once (see
 * {@link InboundEvents}); other types ({@code BuildingGraded}, anything newer) are skipped.
 */
public final class HousingCommunityFacts {

	public static final String TOPIC = "housing.community";

	static final Subscription<CommunityRegistered> REGISTERED = new Subscription<>("CommunityRegistered", 1,
			CommunityRegistered::parseFrom);

	static final Subscription<CommunityUpdated> UPDATED = new Subscription<>("CommunityUpdated", 1,
			CommunityUpdated::parseFrom);

	static final Subscription<CommunityRetired> RETIRED = new Subscription<>("CommunityRetired", 1,
			CommunityRetired::parseFrom);

	static final Subscription<CommunitiesImported> IMPORTED = new Subscription<>("CommunitiesImported", 1,
			CommunitiesImported::parseFrom);

	private HousingCommunityFacts() {
	}

	/** Each record carries one type, so at most one of the subscriptions handles it. */
	public static void handle(InboundEvents inbound, ConsumerRecord<String, byte[]> record,
			BiConsumer<EventEnvelope, List<Community>> communities) {
		inbound.handle(record, REGISTERED, (envelope, fact) -> communities.accept(envelope, List.of(fact.getCommunity())));
		inbound.handle(record, UPDATED, (envelope, fact) -> communities.accept(envelope, List.of(fact.getCommunity())));
		// the fact is the retirement, whatever the payload's flag says
		inbound.handle(record, RETIRED, (envelope, fact) -> communities.accept(envelope,
				List.of(fact.getCommunity().toBuilder().setRetired(true).build())));
		inbound.handle(record, IMPORTED, (envelope, fact) -> communities.accept(envelope, fact.getCommunitiesList()));
	}

}
