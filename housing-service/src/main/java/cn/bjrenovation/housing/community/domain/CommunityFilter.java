package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * Which communities a query wants. Null fields do not filter. {@code communityId} pins one community and
 * {@code committeeCode} the communities of one residents' committee (a community organisation's scope).
 */
public record CommunityFilter(String districtCode, String streetCode, String communityId, String committeeCode,
		Integer builtFrom,
		Integer builtTo, PropertyRights propertyRights, ManagementStatus managementStatus,
		Boolean seismicReinforcementNeeded, Boolean energyRetrofitNeeded, Elevator elevator, Boolean coreArea,
		Boolean historicDistrict, Boolean ownersOrganisationFormed, Integer minHotlineComplaints, String nameContains,
		boolean includeRetired) {

	public static CommunityFilter all() {
		return new CommunityFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, false);
	}

	public CommunityFilter inDistrict(String code) {
		return new CommunityFilter(code, streetCode, communityId, committeeCode, builtFrom, builtTo, propertyRights, managementStatus,
				seismicReinforcementNeeded, energyRetrofitNeeded, elevator, coreArea, historicDistrict,
				ownersOrganisationFormed, minHotlineComplaints, nameContains, includeRetired);
	}

	public CommunityFilter onStreet(String code) {
		return new CommunityFilter(districtCode, code, communityId, committeeCode, builtFrom, builtTo, propertyRights,
				managementStatus, seismicReinforcementNeeded, energyRetrofitNeeded, elevator, coreArea,
				historicDistrict, ownersOrganisationFormed, minHotlineComplaints, nameContains, includeRetired);
	}

	public CommunityFilter onlyCommunity(String id) {
		return new CommunityFilter(districtCode, streetCode, id, committeeCode, builtFrom, builtTo, propertyRights,
				managementStatus, seismicReinforcementNeeded, energyRetrofitNeeded, elevator, coreArea, historicDistrict,
				ownersOrganisationFormed, minHotlineComplaints, nameContains, includeRetired);
	}

	public CommunityFilter onlyCommittee(String code) {
		return new CommunityFilter(districtCode, streetCode, communityId, code, builtFrom, builtTo, propertyRights,
				managementStatus, seismicReinforcementNeeded, energyRetrofitNeeded, elevator, coreArea,
				historicDistrict, ownersOrganisationFormed, minHotlineComplaints, nameContains, includeRetired);
	}

	/** Checks the codes' form and the ranges; the caller's scope is applied separately. */
	public void check() {
		FieldCheck check = new FieldCheck();
		if (districtCode != null) {
			check.parsed(() -> DistrictCode.parse(districtCode, "districtCode"));
		}
		if (streetCode != null) {
			check.parsed(() -> StreetCode.parse(streetCode, "streetCode"));
		}
		if (builtFrom != null && builtTo != null) {
			check.require(builtFrom <= builtTo, "builtFrom", "must not be after builtTo (" + builtTo + ")");
		}
		if (minHotlineComplaints != null) {
			check.require(minHotlineComplaints >= 0, "minHotlineComplaints", "must not be negative");
		}
		if (nameContains != null) {
			check.require(nameContains.length() <= 100, "q", "must be at most 100 characters")
				.noControlCharacters(nameContains, "q");
		}
		check.throwIfAny();
	}

}
