package cn.bjrenovation.housing.community.web;

import java.math.BigDecimal;
import java.time.Instant;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;

record CommunityResponse(String id, String name, String districtCode, String streetCode, String committeeCode,
		String address,
		double latitude, double longitude, int buildYear, String propertyRights, String managementStatus,
		int buildingCount, BigDecimal floorArea, int households, int residents, BigDecimal aged60PlusPercent,
		boolean coreArea, boolean historicDistrict, String ownersOrganisation, boolean ownersOrganisationFormed,
		boolean propertyServiceAgreed, int hotlineComplaints, Instant registeredAt, boolean retired, long version) {

	static CommunityResponse of(Community community) {
		CommunitySurvey s = community.survey();
		return new CommunityResponse(community.id().toString(), s.name(), s.districtCode(), s.streetCode(),
				s.committee() == null ? null : s.committee().value(), s.address(), s.location().latitude(), s.location().longitude(), s.buildYear(), s.propertyRights().name(),
				s.managementStatus().name(), s.buildingCount(), s.floorArea(), s.households(), s.residents(),
				s.aged60PlusPercent(), s.coreArea(), s.historicDistrict(), s.ownersOrganisation().name(),
				s.ownersOrganisation().formed(), s.propertyServiceAgreed(), s.hotlineComplaints(),
				community.registeredAt(), community.retired(), community.version());
	}

}
