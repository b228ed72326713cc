package cn.bjrenovation.housing.community.domain;

import java.math.BigDecimal;

/**
 * What a survey says about a community, as entered — a request body or a row of a survey file — before any
 * rule is checked. Categories are text (English constant or Chinese label); absent values are null.
 *
 * @param committeeCode the residents' committee (社区居委会) the community belongs to, 12 digits; optional
 */
public record CommunityFacts(String name, String districtCode, String streetCode, String address, Double latitude,
		Double longitude, Integer buildYear, String propertyRights, String managementStatus, Integer buildingCount,
		BigDecimal floorArea, Integer households, Integer residents, BigDecimal aged60PlusPercent,
		Boolean historicDistrict, String ownersOrganisation, Boolean propertyServiceAgreed, Integer hotlineComplaints,
		String committeeCode) {

	/** Facts that do not name a residents' committee (a survey file in the template without that column). */
	public CommunityFacts(String name, String districtCode, String streetCode, String address, Double latitude,
			Double longitude, Integer buildYear, String propertyRights, String managementStatus, Integer buildingCount,
			BigDecimal floorArea, Integer households, Integer residents, BigDecimal aged60PlusPercent,
			Boolean historicDistrict, String ownersOrganisation, Boolean propertyServiceAgreed,
			Integer hotlineComplaints) {
		this(name, districtCode, streetCode, address, latitude, longitude, buildYear, propertyRights, managementStatus,
				buildingCount, floorArea, households, residents, aged60PlusPercent, historicDistrict,
				ownersOrganisation, propertyServiceAgreed, hotlineComplaints, null);
	}

}
