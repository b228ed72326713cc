package cn.bjrenovation.housing.surveyimport.persistence;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;

/** Communities as COPY rows of {@code community}. */
final class CommunityCopy {

	static final String TABLE = """
			community (id, name, district_code, street_code, address, latitude, longitude, build_year, property_rights,
			  management_status, building_count, floor_area, households, residents, aged_60_plus_percent, core_area,
			  historic_district, owners_organisation, property_service_agreed, hotline_complaints, version, import_id)""";

	private CommunityCopy() {
	}

	static void write(Connection connection, List<Community> communities, UUID importId) {
		Copy copy = new Copy();
		for (Community c : communities) {
			CommunitySurvey s = c.survey();
			copy.value(c.id())
				.value(s.name())
				.value(s.districtCode())
				.value(s.streetCode())
				.value(s.address())
				.value(s.location().latitude())
				.value(s.location().longitude())
				.value(s.buildYear())
				.value(s.propertyRights().name())
				.value(s.managementStatus().name())
				.value(s.buildingCount())
				.value(s.floorArea().toPlainString())
				.value(s.households())
				.value(s.residents())
				.value(s.aged60PlusPercent().toPlainString())
				.value(s.coreArea())
				.value(s.historicDistrict())
				.value(s.ownersOrganisation().name())
				.value(s.propertyServiceAgreed())
				.value(s.hotlineComplaints())
				.value(c.version())
				.value(importId)
				.endRow();
		}
		copy.into(connection, TABLE);
	}

}
