package cn.bjrenovation.platform.testing;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.housing.v1.CommunityRegistered;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * housing-service's side of {@code housing.community}, for the services that consume it: builds communities
 * and their {@code CommunityRegistered} envelopes exactly as housing's outbox writes them (contract
 * {@code housing.v1}, schema version 1, keyed by community id) and publishes them on the test broker.
 */
public final class HousingEvents {

	public static final String TOPIC = "housing.community";

	public static final String COMMUNITY_REGISTERED = "CommunityRegistered";

	/** Street numbers above any real one (Beijing districts have fewer than 900 streets), one per call. */
	private static final AtomicInteger STREETS = new AtomicInteger(900);

	private HousingEvents() {
	}

	/**
	 * A well-formed street code in the district that no other test in this JVM uses, for tests that count
	 * or list what is on a street (the database is shared by all tests of a JVM).
	 */
	public static String uniqueStreet(String districtCode) {
		int number = STREETS.getAndIncrement();
		if (number > 999) {
			throw new IllegalStateException("more than 100 unique streets asked for in one test JVM");
		}
		return districtCode + number;
	}

	/** A community with a fresh id on the street (its district is the street code's first six digits). */
	public static Community community(String name, String streetCode, int buildYear) {
		return Community.newBuilder()
			.setCommunityId(UUID.randomUUID().toString())
			.setName(name)
			.setDistrictCode(streetCode.substring(0, 6))
			.setStreetCode(streetCode)
			.setBuildYear(buildYear)
			.build();
	}

	/** The {@code CommunityRegistered} envelope for the community, under the given event id. */
	public static EventEnvelope registered(String eventId, Community community) {
		return TestEvents.envelope(eventId, COMMUNITY_REGISTERED, "housing-service", community.getCommunityId(),
				CommunityRegistered.newBuilder().setCommunity(community).build());
	}

	/** Publishes the community's registration under a fresh event id. */
	public static RecordMetadata publishRegistered(Community community) {
		return publish(registered(UUID.randomUUID().toString(), community));
	}

	/** Publishes an envelope on {@code housing.community}, keyed by its aggregate id. */
	public static RecordMetadata publish(EventEnvelope envelope) {
		return TestEvents.publish(TOPIC, envelope);
	}

}
