package cn.bjrenovation.housing.community.grpc;

import cn.bjrenovation.housing.community.domain.CommunityFilter;
import cn.bjrenovation.housing.community.domain.Elevator;
import cn.bjrenovation.housing.community.domain.ManagementStatus;
import cn.bjrenovation.housing.community.domain.PropertyRights;
import cn.bjrenovation.platform.problems.InvalidInputException;

/** Reads the {@code housing.v1.CommunityFilter} contract into the domain's filter. */
final class FilterMessages {

	private FilterMessages() {
	}

	static CommunityFilter fromMessage(cn.bjrenovation.housing.v1.CommunityFilter f) {
		return new CommunityFilter(blankToNull(f.getDistrictCode()), blankToNull(f.getStreetCode()), null, null,
				f.hasBuiltFrom() ? f.getBuiltFrom() : null, f.hasBuiltTo() ? f.getBuiltTo() : null,
				choice(f.getPropertyRightsValue(), f.getPropertyRights().name(), "property_rights", PropertyRights.class),
				choice(f.getManagementStatusValue(), f.getManagementStatus().name(), "management_status",
						ManagementStatus.class),
				f.hasSeismicReinforcementNeeded() ? f.getSeismicReinforcementNeeded() : null,
				f.hasEnergyRetrofitNeeded() ? f.getEnergyRetrofitNeeded() : null,
				choice(f.getElevatorValue(), f.getElevator().name(), "elevator", Elevator.class),
				f.hasCoreArea() ? f.getCoreArea() : null, f.hasHistoricDistrict() ? f.getHistoricDistrict() : null,
				f.hasOwnersOrganisationFormed() ? f.getOwnersOrganisationFormed() : null,
				f.hasMinHotlineComplaints() ? f.getMinHotlineComplaints() : null, blankToNull(f.getNameContains()),
				f.getIncludeRetired());
	}

	/** Unset (0) does not filter; a number this service's contract does not know is refused. */
	private static <E extends Enum<E>> E choice(int number, String name, String field, Class<E> type) {
		if (number == 0) {
			return null;
		}
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, number + " is not a value of " + field);
		}
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
