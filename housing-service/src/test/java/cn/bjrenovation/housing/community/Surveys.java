package cn.bjrenovation.housing.community;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Survey bodies and files for housing's tests: a valid community or building, and CSV in the template. */
public final class Surveys {

	public static final String COMMUNITY_HEADER = "name,districtCode,streetCode,address,latitude,longitude,buildYear,"
			+ "propertyRights,managementStatus,buildingCount,floorArea,households,residents,aged60PlusPercent,"
			+ "historicDistrict,ownersOrganisation,propertyServiceAgreed,hotlineComplaints";

	public static final String BUILDING_HEADER = "streetCode,communityName,number,floors,units,buildYear,structure,"
			+ "floorArea,households,seismicReinforcementNeeded,energyRetrofitNeeded,elevator,dangerousGrade,simpleBuilding";

	private Surveys() {
	}

	/** A name suffix no other test of this JVM uses (names are unique per street). */
	public static String unique() {
		return "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A valid community body; change entries with {@link Map#put}. */
	public static Map<String, Object> community(String name, String districtCode, String streetCode, int buildYear) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("districtCode", districtCode);
		body.put("streetCode", streetCode);
		body.put("address", "北京市某路1号");
		body.put("latitude", 39.884);
		body.put("longitude", 116.462);
		body.put("buildYear", buildYear);
		body.put("propertyRights", "MUNICIPAL");
		body.put("managementStatus", "QUASI_PROPERTY");
		body.put("buildingCount", 43);
		body.put("floorArea", 194000);
		body.put("households", 3100);
		body.put("residents", 8000);
		body.put("aged60PlusPercent", 32.5);
		body.put("historicDistrict", false);
		body.put("ownersOrganisation", "NONE");
		body.put("propertyServiceAgreed", false);
		body.put("hotlineComplaints", 12);
		return body;
	}

	public static Map<String, Object> building(String number, int floorArea, int households) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("number", number);
		body.put("floors", 6);
		body.put("units", 3);
		body.put("buildYear", 1980);
		body.put("structure", "BRICK_CONCRETE");
		body.put("floorArea", floorArea);
		body.put("households", households);
		body.put("seismicReinforcementNeeded", true);
		body.put("energyRetrofitNeeded", false);
		body.put("elevator", "FEASIBLE");
		body.put("simpleBuilding", false);
		return body;
	}

	/** One community row of the CSV template. */
	public static String communityRow(String name, String districtCode, String streetCode, int buildYear) {
		return String.join(",", name, districtCode, streetCode, "\"" + name + "路1号, 2单元\"", "39.88", "116.46",
				String.valueOf(buildYear), "MUNICIPAL", "准物业", "10", "50000", "800", "2000", "30.5", "否", "业委会",
				"false", "3");
	}

	public static String buildingRow(String streetCode, String communityName, String number, int floorArea) {
		return String.join(",", streetCode, communityName, number, "6", "3", "1985", "砖混", String.valueOf(floorArea),
				"60", "true", "false", "FEASIBLE", "", "false");
	}

}
