package cn.bjrenovation.platform.testing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.v1.BuildingGraded;
import cn.bjrenovation.housing.v1.CommunitiesImported;
import cn.bjrenovation.housing.v1.Community;
import cn.bjrenovation.housing.v1.CommunityRegistered;
import cn.bjrenovation.housing.v1.CommunityRetired;
import cn.bjrenovation.housing.v1.CommunityUpdated;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * housing-service's side of {@code housing.community}, for the services that consume it: builds communities
 * and the envelopes of the facts about them exactly as housing's outbox writes them (contract
 * {@code housing.v1}, schema version 1, keyed by community id — an import by its import id) and publishes
 * them on the test broker. A test that changes a community raises its {@code version}, as housing does.
 */
public final class HousingEvents {

	public static final String TOPIC = "housing.community";

	public static final String COMMUNITY_REGISTERED = "CommunityRegistered";

	public static final String COMMUNITY_UPDATED = "CommunityUpdated";

	public static final String COMMUNITY_RETIRED = "CommunityRetired";

	public static final String COMMUNITIES_IMPORTED = "CommunitiesImported";

	public static final String BUILDING_GRADED = "BuildingGraded";

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

	/**
	 * A community with a fresh id on the street (its district is the street code's first six digits), at
	 * version 1, as housing registers it.
	 */
	public static Community community(String name, String streetCode, int buildYear) {
		return Community.newBuilder()
			.setCommunityId(UUID.randomUUID().toString())
			.setName(name)
			.setDistrictCode(streetCode.substring(0, 6))
			.setStreetCode(streetCode)
			.setBuildYear(buildYear)
			.setVersion(1)
			.build();
	}

	/** The {@code CommunityRegistered} envelope for the community, under the given event id. */
	public static EventEnvelope registered(String eventId, Community community) {
		return TestEvents.envelope(eventId, COMMUNITY_REGISTERED, "housing-service", community.getCommunityId(),
				CommunityRegistered.newBuilder().setCommunity(community).build());
	}

	/** The {@code CommunityUpdated} envelope: the community as it is after the change, under the given event id. */
	public static EventEnvelope updated(String eventId, Community community) {
		return TestEvents.envelope(eventId, COMMUNITY_UPDATED, "housing-service", community.getCommunityId(),
				CommunityUpdated.newBuilder().setCommunity(community).build());
	}

	/** The {@code CommunityRetired} envelope, its community flagged retired as housing flags it. */
	public static EventEnvelope retired(String eventId, Community community, String reason) {
		return TestEvents.envelope(eventId, COMMUNITY_RETIRED, "housing-service", community.getCommunityId(),
				CommunityRetired.newBuilder()
					.setCommunity(community.toBuilder().setRetired(true))
					.setReason(reason)
					.build());
	}

	/**
	 * The {@code CommunitiesImported} envelope of one survey import, keyed by the import id: on another
	 * partition than the facts about each of its communities, so in no order with them.
	 */
	public static EventEnvelope imported(String eventId, String importId, List<Community> communities) {
		return TestEvents.envelope(eventId, COMMUNITIES_IMPORTED, "housing-service", importId,
				CommunitiesImported.newBuilder().setImportId(importId).addAllCommunities(communities).build());
	}

	/** A {@code BuildingGraded} envelope: a building of the community appraised to the grade (A..D). */
	public static EventEnvelope buildingGraded(String eventId, String communityId, String grade) {
		return TestEvents.envelope(eventId, BUILDING_GRADED, "housing-service", communityId,
				BuildingGraded.newBuilder()
					.setCommunityId(communityId)
					.setBuildingId(UUID.randomUUID().toString())
					.setBuildingNumber("1号楼")
					.setGrade(grade)
					.setPlan("REINFORCE")
					.build());
	}

	/** Publishes the community's registration under a fresh event id. */
	public static RecordMetadata publishRegistered(Community community) {
		return publish(registered(UUID.randomUUID().toString(), community));
	}

	/** Publishes the community as it is after a change (its version raised) under a fresh event id. */
	public static RecordMetadata publishUpdated(Community community) {
		return publish(updated(UUID.randomUUID().toString(), community));
	}

	/** Publishes the community's retirement (its version raised) under a fresh event id. */
	public static RecordMetadata publishRetired(Community community) {
		return publish(retired(UUID.randomUUID().toString(), community, "merged into a neighbouring community"));
	}

	/** Publishes an import of the communities under a fresh event id and import id. */
	public static RecordMetadata publishImported(List<Community> communities) {
		return publish(imported(UUID.randomUUID().toString(), UUID.randomUUID().toString(), communities));
	}

	/** Publishes an envelope on {@code housing.community}, keyed by its aggregate id. */
	public static RecordMetadata publish(EventEnvelope envelope) {
		return TestEvents.publish(TOPIC, envelope);
	}

}
