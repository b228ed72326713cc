package cn.bjrenovation.housing.community.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.CommunityFilter;

/**
 * A community filter as a SQL condition over {@code community c} with named parameters. Column names come
 * only from this class; every value is a bound parameter.
 */
final class FilterSql {

	final List<String> conditions = new ArrayList<>();

	final Map<String, Object> params = new LinkedHashMap<>();

	FilterSql(CommunityFilter filter) {
		add(filter.districtCode(), "c.district_code = :district", "district");
		add(filter.streetCode(), "c.street_code = :street", "street");
		if (filter.communityId() != null) {
			add(UUID.fromString(filter.communityId()), "c.id = :communityId", "communityId");
		}
		add(filter.committeeCode(), "c.committee_code = :committee", "committee");
		add(filter.builtFrom(), "c.build_year >= :builtFrom", "builtFrom");
		add(filter.builtTo(), "c.build_year <= :builtTo", "builtTo");
		add(filter.propertyRights() == null ? null : filter.propertyRights().name(),
				"c.property_rights = :propertyRights", "propertyRights");
		add(filter.managementStatus() == null ? null : filter.managementStatus().name(),
				"c.management_status = :managementStatus", "managementStatus");
		flag(filter.seismicReinforcementNeeded(),
				"EXISTS (SELECT 1 FROM building b WHERE b.community_id = c.id AND b.retired_at IS NULL AND b.seismic_reinforcement_needed)");
		flag(filter.energyRetrofitNeeded(),
				"EXISTS (SELECT 1 FROM building b WHERE b.community_id = c.id AND b.retired_at IS NULL AND b.energy_retrofit_needed)");
		add(filter.elevator() == null ? null : filter.elevator().name(),
				"EXISTS (SELECT 1 FROM building b WHERE b.community_id = c.id AND b.retired_at IS NULL AND b.elevator = :elevator)", "elevator");
		add(filter.coreArea(), "c.core_area = :coreArea", "coreArea");
		add(filter.historicDistrict(), "c.historic_district = :historic", "historic");
		flag(filter.ownersOrganisationFormed(), "c.owners_organisation <> 'NONE'");
		add(filter.minHotlineComplaints(), "c.hotline_complaints >= :minComplaints", "minComplaints");
		if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
			add("%" + filter.nameContains().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
					"c.name LIKE :q", "q");
		}
		if (!filter.includeRetired()) {
			conditions.add("c.retired_at IS NULL");
		}
	}

	String where() {
		return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
	}

	private void add(Object value, String condition, String name) {
		if (value != null) {
			conditions.add(condition);
			params.put(name, value);
		}
	}

	private void flag(Boolean wanted, String condition) {
		if (wanted != null) {
			conditions.add(wanted ? condition : "NOT " + condition);
		}
	}

}
