package cn.bjrenovation.housing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;
import cn.bjrenovation.housing.community.domain.GeoPoint;
import cn.bjrenovation.housing.community.domain.ManagementStatus;
import cn.bjrenovation.housing.community.domain.OwnersOrganisation;
import cn.bjrenovation.housing.community.domain.PropertyRights;
import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How a community maps to a row of {@code community}, both ways. */
public final class CommunityRows {

	public static final String COLUMNS = """
			c.id, c.name, c.district_code, c.street_code, c.address, c.latitude, c.longitude, c.build_year,
			c.property_rights, c.management_status, c.building_count, c.floor_area, c.households, c.residents,
			c.aged_60_plus_percent, c.historic_district, c.owners_organisation, c.property_service_agreed,
			c.hotline_complaints, c.committee_code, c.registered_at, c.retired_at, c.version""";

	private CommunityRows() {
	}

	public static Community read(ResultSet rs, int row) throws SQLException {
		String committee = rs.getString("committee_code");
		CommunitySurvey survey = new CommunitySurvey(rs.getString("name"), rs.getString("district_code"),
				rs.getString("street_code"), rs.getString("address"),
				new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")), rs.getInt("build_year"),
				PropertyRights.valueOf(rs.getString("property_rights")),
				ManagementStatus.valueOf(rs.getString("management_status")), rs.getInt("building_count"),
				rs.getBigDecimal("floor_area"), rs.getInt("households"), rs.getInt("residents"),
				rs.getBigDecimal("aged_60_plus_percent"), rs.getBoolean("historic_district"),
				OwnersOrganisation.valueOf(rs.getString("owners_organisation")),
				rs.getBoolean("property_service_agreed"), rs.getInt("hotline_complaints"),
				committee == null ? null : new CommitteeCode(committee));
		return new Community(new CommunityId(rs.getObject("id", UUID.class)), survey,
				rs.getTimestamp("registered_at").toInstant(), rs.getTimestamp("retired_at") != null,
				rs.getLong("version"));
	}

	public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Community community) {
		CommunitySurvey s = community.survey();
		return statement.param("id", community.id().value())
			.param("name", s.name())
			.param("district", s.districtCode())
			.param("street", s.streetCode())
			.param("address", s.address())
			.param("latitude", s.location().latitude())
			.param("longitude", s.location().longitude())
			.param("buildYear", s.buildYear())
			.param("propertyRights", s.propertyRights().name())
			.param("managementStatus", s.managementStatus().name())
			.param("buildingCount", s.buildingCount())
			.param("floorArea", s.floorArea())
			.param("households", s.households())
			.param("residents", s.residents())
			.param("aged", s.aged60PlusPercent())
			.param("coreArea", s.coreArea())
			.param("historic", s.historicDistrict())
			.param("organisation", s.ownersOrganisation().name())
			.param("serviceAgreed", s.propertyServiceAgreed())
			.param("complaints", s.hotlineComplaints())
			.param("committee", s.committee() == null ? null : s.committee().value())
			.param("version", community.version());
	}

}
