package cn.bjrenovation.housing.community.grpc;

import cn.bjrenovation.housing.community.domain.CommunityFilter;
import cn.bjrenovation.housing.community.domain.Elevator;
import cn.bjrenovation.housing.community.domain.ManagementStatus;
import cn.bjrenovation.housing.community.domain.PropertyRights;

/** Reads the {@code housing.v1.CommunityFilter} contract into the domain's filter. */
final class FilterMessages {

	private FilterMessages() {
	}

	static CommunityFilter fromMessage(cn.bjrenovation.housing.v1.CommunityFilter f) {
		return new CommunityFilter(blankToNull(f.getDistrictCode()), blankToNull(f.getStreetCode()), null,
				f.hasBuiltFrom() ? f.getBuiltFrom() : null, f.hasBuiltTo() ? f.getBuiltTo() : null,
				f.getPropertyRightsValue() == 0 ? null : PropertyRights.valueOf(f.getPropertyRights().name()),
				f.getManagementStatusValue() == 0 ? null : ManagementStatus.valueOf(f.getManagementStatus().name()),
				f.hasSeismicReinforcementNeeded() ? f.getSeismicReinforcementNeeded() : null,
				f.hasEnergyRetrofitNeeded() ? f.getEnergyRetrofitNeeded() : null,
				f.getElevatorValue() == 0 ? null : Elevator.valueOf(f.getElevator().name()),
				f.hasCoreArea() ? f.getCoreArea() : null, f.hasHistoricDistrict() ? f.getHistoricDistrict() : null,
				f.hasOwnersOrganisationFormed() ? f.getOwnersOrganisationFormed() : null,
				f.hasMinHotlineComplaints() ? f.getMinHotlineComplaints() : null, blankToNull(f.getNameContains()),
				f.getIncludeRetired());
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
