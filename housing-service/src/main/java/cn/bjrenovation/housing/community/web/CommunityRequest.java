package cn.bjrenovation.housing.community.web;

import java.math.BigDecimal;

import cn.bjrenovation.housing.community.domain.CommunityFacts;

/**
 * Body of {@code POST /api/housing/communities} and {@code PUT /api/housing/communities/{id}} (which also
 * needs {@code version}, the version last read). Every rule is checked by the domain, which names each
 * broken field. {@code committeeCode}, the residents' committee (12 digits, on the community's street), is optional.
 */
record CommunityRequest(String name, String districtCode, String streetCode, String address, Double latitude,
		Double longitude, Integer buildYear, String propertyRights, String managementStatus, Integer buildingCount,
		BigDecimal floorArea, Integer households, Integer residents, BigDecimal aged60PlusPercent,
		Boolean historicDistrict, String ownersOrganisation, Boolean propertyServiceAgreed, Integer hotlineComplaints,
		String committeeCode, Long version) {

	CommunityFacts facts() {
		return new CommunityFacts(name, districtCode, streetCode, address, latitude, longitude, buildYear,
				propertyRights, managementStatus, buildingCount, floorArea, households, residents, aged60PlusPercent,
				historicDistrict, ownersOrganisation, propertyServiceAgreed, hotlineComplaints, committeeCode);
	}

}
