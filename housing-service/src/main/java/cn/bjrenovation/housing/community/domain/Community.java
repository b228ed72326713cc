package cn.bjrenovation.housing.community.domain;

import java.time.Instant;

import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A residential community (小区) in the city-wide old-community database: its surveyed facts, whether it has
 * been retired (communities are never deleted) and its version, which grows with every change.
 */
public record Community(CommunityId id, CommunitySurvey survey, Instant registeredAt, boolean retired, long version) {

	public static Community register(CommunityId id, CommunitySurvey survey, Instant now) {
		return new Community(id, survey, now, false, 1);
	}

	public String name() {
		return survey.name();
	}

	public String districtCode() {
		return survey.districtCode();
	}

	public String streetCode() {
		return survey.streetCode();
	}

	/**
	 * Where the community lies as the duty policy sees it: district, street, itself, and its property rights
	 * (the fact SASAC's grants are held to).
	 */
	public Place place() {
		return place(districtCode(), streetCode(), id.toString(), survey.propertyRights());
	}

	/**
	 * Where the community lies as {@code reach} compares it: district, street, property rights, and as its community
	 * what the caller's community claim names when it covers this community — the claim may name the community by
	 * its id or its residents' committee by code — and the community's id otherwise.
	 * @throws cn.bjrenovation.platform.problems.ForbiddenException naming the claim when it is unusable
	 */
	public Place place(Reach reach) {
		String community = CommunityClaim.of(reach)
			.filter(claim -> claim.covers(this))
			.map(CommunityClaim::text)
			.orElse(id.toString());
		return place(districtCode(), streetCode(), community, survey.propertyRights());
	}

	/** The place of a community, or of one about to be registered ({@code communityId} null). */
	public static Place place(String districtCode, String streetCode, String communityId, PropertyRights rights) {
		return Place.of(districtCode, streetCode, communityId)
			.with(PropertyRights.FACT, rights == null ? null : rights.name());
	}

	/**
	 * The community with corrected facts. It does not move: district and street stay as registered.
	 * @throws cn.bjrenovation.platform.problems.InvalidInputException when the correction moves it
	 */
	public Community correct(CommunitySurvey corrected) {
		new FieldCheck()
			.require(corrected.districtCode().equals(districtCode()), "districtCode",
					"a community does not move districts; retire it and register it where it is")
			.require(corrected.streetCode().equals(streetCode()), "streetCode",
					"a community does not move streets; retire it and register it where it is")
			.throwIfAny();
		return new Community(id, corrected, registeredAt, retired, version + 1);
	}

	public Community retire() {
		return new Community(id, survey, registeredAt, true, version + 1);
	}

}
