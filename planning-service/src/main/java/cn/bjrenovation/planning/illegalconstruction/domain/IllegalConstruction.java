package cn.bjrenovation.planning.illegalconstruction.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.ConflictException;

/**
 * A determination of illegal construction on a community (违法建设认定, A2 规自委; 六治: 治违法建设): what was built,
 * where, and the decision. Open until resolved; an open one holds up the approval of the community's design unless the
 * scheme demolishes it.
 *
 * @param resolution how it was resolved; null while open
 */
public record IllegalConstruction(UUID id, CommunityId communityId, DistrictCode district, StreetCode street,
		String what, String location, IllegalConstructionDecision decision, String determinedBy, Instant determinedAt,
		String resolution, String resolvedBy, Instant resolvedAt) {

	public static final int MAX_TEXT = 500;

	public IllegalConstruction {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(communityId, "communityId");
		Objects.requireNonNull(district, "district");
		Objects.requireNonNull(street, "street");
		Objects.requireNonNull(what, "what");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(determinedBy, "determinedBy");
		Objects.requireNonNull(determinedAt, "determinedAt");
	}

	public boolean open() {
		return resolvedAt == null;
	}

	/**
	 * @throws ConflictException when it is resolved already
	 */
	public IllegalConstruction resolve(String how, String by, Instant at) {
		if (!open()) {
			throw new ConflictException("illegal-construction determination " + id + " was resolved on " + resolvedAt
					+ ": " + resolution);
		}
		return new IllegalConstruction(id, communityId, district, street, what, location, decision, determinedBy,
				determinedAt, how, by, at);
	}

	/** Where it lies for the duty policy: its community's place. */
	public Place place() {
		return Place.of(district.value(), street.value(), communityId.toString());
	}

}
