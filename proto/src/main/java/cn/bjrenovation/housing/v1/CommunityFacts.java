package cn.bjrenovation.housing.v1;

import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

/**
 * How to read the facts on {@code housing.community} that carry communities, as housing's contract defines them:
 * registered, updated, retired and imported (schema version 1) each carry whole communities with their versions, so
 * a read model keeps the highest version it has seen whatever order they arrive in. A retirement's community is
 * retired whatever its payload's flag says. Other types on the topic ({@code BuildingGraded}, anything newer) carry
 * no community. Consumers subscribe to {@link #TYPES} and map each community into their own model.
 */
public final class CommunityFacts {

	public static final String TOPIC = "housing.community";

	public static final int SCHEMA_VERSION = 1;

	/** The envelope types that carry communities, and how each payload gives them. */
	private static final Map<String, Reader> READERS = Map.of(
			"CommunityRegistered", bytes -> List.of(CommunityRegistered.parseFrom(bytes).getCommunity()),
			"CommunityUpdated", bytes -> List.of(CommunityUpdated.parseFrom(bytes).getCommunity()),
			"CommunityRetired", bytes -> List
				.of(CommunityRetired.parseFrom(bytes).getCommunity().toBuilder().setRetired(true).build()),
			"CommunitiesImported", bytes -> CommunitiesImported.parseFrom(bytes).getCommunitiesList());

	public static final List<String> TYPES = List.copyOf(READERS.keySet());

	@FunctionalInterface
	private interface Reader {

		List<Community> communities(ByteString payload) throws InvalidProtocolBufferException;

	}

	private CommunityFacts() {
	}

	/**
	 * The communities the payload of a fact of this type carries.
	 * @throws IllegalArgumentException when the type carries no community (not one of {@link #TYPES})
	 * @throws InvalidProtocolBufferException when the payload is not that type's message
	 */
	public static List<Community> communities(String type, ByteString payload) throws InvalidProtocolBufferException {
		Reader reader = READERS.get(type);
		if (reader == null) {
			throw new IllegalArgumentException(type + " carries no community");
		}
		return reader.communities(payload);
	}

}
