package cn.bjrenovation.housing.community.domain;

import java.math.BigDecimal;

/**
 * What a survey says about a community, as entered — a request body or a row of a survey file — before any
 * rule is checked. Categories are text (English constant or Chinese label); absent values are null.
 */
public record CommunityFacts(String name, String districtCode, String streetCode, String address, Double latitude,
		Double longitude, Integer buildYear, String propertyRights, String managementStatus, Integer buildingCount,
		BigDecimal floorArea, Integer households, Integer residents, BigDecimal aged60PlusPercent,
		Boolean historicDistrict, String ownersOrganisation, Boolean propertyServiceAgreed, Integer hotlineComplaints) {
}
