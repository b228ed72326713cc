package cn.bjrenovation.housing.community.web;

import cn.bjrenovation.housing.community.domain.CommunityFilter;
import cn.bjrenovation.housing.community.domain.Elevator;
import cn.bjrenovation.housing.community.domain.ManagementStatus;
import cn.bjrenovation.housing.community.domain.PropertyRights;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * Query parameters of the community list and map, e.g.
 * {@code ?districtCode=110105&builtTo=1990&elevator=FEASIBLE&minHotlineComplaints=10&q=劲松}.
 */
record CommunityQueryParameters(String districtCode, String streetCode, Integer builtFrom, Integer builtTo,
		String propertyRights, String managementStatus, Boolean seismicReinforcementNeeded, Boolean energyRetrofitNeeded,
		String elevator, Boolean coreArea, Boolean historicDistrict, Boolean ownersOrganisationFormed,
		Integer minHotlineComplaints, String q, Boolean includeRetired) {

	CommunityFilter filter() {
		FieldCheck check = new FieldCheck();
		PropertyRights rights = propertyRights == null ? null
				: check.choice(propertyRights, "propertyRights", PropertyRights.class);
		ManagementStatus management = managementStatus == null ? null
				: check.choice(managementStatus, "managementStatus", ManagementStatus.class);
		Elevator lift = elevator == null ? null : check.choice(elevator, "elevator", Elevator.class);
		check.throwIfAny();
		return new CommunityFilter(districtCode, streetCode, null, null, builtFrom, builtTo, rights, management,
				seismicReinforcementNeeded, energyRetrofitNeeded, lift, coreArea, historicDistrict,
				ownersOrganisationFormed, minHotlineComplaints, q, Boolean.TRUE.equals(includeRetired));
	}

}
