package cn.bjrenovation.housing.community.grpc;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;
import cn.bjrenovation.housing.v1.ManagementStatus;
import cn.bjrenovation.housing.v1.PropertyRights;

/** Maps communities to their {@code housing.v1} contract, for RPCs and events alike. */
public final class CommunityMessages {

	private CommunityMessages() {
	}

	public static cn.bjrenovation.housing.v1.Community toMessage(Community community) {
		CommunitySurvey s = community.survey();
		return cn.bjrenovation.housing.v1.Community.newBuilder()
			.setCommunityId(community.id().toString())
			.setName(s.name())
			.setDistrictCode(s.districtCode())
			.setStreetCode(s.streetCode())
			.setBuildYear(s.buildYear())
			.setAddress(s.address())
			.setLatitude(s.location().latitude())
			.setLongitude(s.location().longitude())
			.setPropertyRights(PropertyRights.valueOf(s.propertyRights().name()))
			.setManagementStatus(ManagementStatus.valueOf(s.managementStatus().name()))
			.setBuildingCount(s.buildingCount())
			.setFloorAreaM2(s.floorArea().doubleValue())
			.setHouseholds(s.households())
			.setResidents(s.residents())
			.setAged60PlusPercent(s.aged60PlusPercent().doubleValue())
			.setCoreArea(s.coreArea())
			.setHistoricDistrict(s.historicDistrict())
			.setOwnersOrganisationFormed(s.ownersOrganisation().formed())
			.setPropertyServiceAgreed(s.propertyServiceAgreed())
			.setHotlineComplaints(s.hotlineComplaints())
			.setRetired(community.retired())
			.setVersion(community.version())
			.build();
	}

}
