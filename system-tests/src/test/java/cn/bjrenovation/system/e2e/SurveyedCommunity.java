package cn.bjrenovation.system.e2e;

import java.util.UUID;

/**
 * A community's full survey, as housing's register takes it: as the JSON body of
 * {@code POST /api/housing/communities}, of {@code PUT /api/housing/communities/{id}} (with the version last read),
 * or as a survey-import CSV file. Only the place, name, address, property rights and building count vary; every
 * other figure is one valid community — built 1978, 43 buildings unless told, 194,000 m², 3,100 households — so the
 * buildings the tests register in it stay well within its totals.
 */
record SurveyedCommunity(String name, String districtCode, String streetCode, String address, double latitude,
		double longitude, String propertyRights, int buildingCount) {

	/** The header row of a communities survey file (survey-import template). */
	static final String CSV_HEADER = "name,districtCode,streetCode,address,latitude,longitude,buildYear,"
			+ "propertyRights,managementStatus,buildingCount,floorArea,households,residents,aged60PlusPercent,"
			+ "historicDistrict,ownersOrganisation,propertyServiceAgreed,hotlineComplaints";

	/** On 劲松街道 (110105017) in 朝阳 (110105). */
	static SurveyedCommunity inJinsong(String name) {
		return new SurveyedCommunity(name, "110105", "110105017", "朝阳区劲松街道某路1号", 39.884, 116.462, "MUNICIPAL",
				43);
	}

	/** On 万寿路街道 (110108001) in 海淀 (110108). */
	static SurveyedCommunity inWanshoulu(String name) {
		return new SurveyedCommunity(name, "110108", "110108001", "海淀区万寿路街道某路1号", 39.91, 116.28, "MUNICIPAL",
				43);
	}

	/**
	 * A readable name made unique with a short suffix: names are unique on a street (409 otherwise), and a test
	 * may register "the same" community again on a database that already has it.
	 */
	static String uniqueName(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	SurveyedCommunity withAddress(String newAddress) {
		return new SurveyedCommunity(name, districtCode, streetCode, newAddress, latitude, longitude, propertyRights,
				buildingCount);
	}

	SurveyedCommunity withPropertyRights(String rights) {
		return new SurveyedCommunity(name, districtCode, streetCode, address, latitude, longitude, rights,
				buildingCount);
	}

	/** As many buildings as a test will register in it (each of 100 m² and 2 households, well within the totals). */
	SurveyedCommunity withBuildingCount(int count) {
		return new SurveyedCommunity(name, districtCode, streetCode, address, latitude, longitude, propertyRights,
				count);
	}

	/** The body of a registration. */
	String json() {
		return "{" + jsonFields() + "}";
	}

	/**
	 * As {@link #json()}, the community ready for the reserve pool (plan §三(一)): its owners' organisation formed
	 * ({@code OWNERS_COMMITTEE} or {@code PROPERTY_MANAGEMENT_COMMITTEE}) and its property company and service agreed.
	 */
	String jsonReadyForThePool(String ownersOrganisation) {
		return json().replace("\"ownersOrganisation\":\"NONE\",\"propertyServiceAgreed\":false",
				"\"ownersOrganisation\":\"" + ownersOrganisation + "\",\"propertyServiceAgreed\":true");
	}

	/** The body of a correction: the survey and the version last read. */
	String json(long version) {
		return "{" + jsonFields() + ",\"version\":" + version + "}";
	}

	/** A communities survey file with this community as its only row. */
	String csv() {
		return CSV_HEADER + "\n" + String.join(",", name, districtCode, streetCode, address, String.valueOf(latitude),
				String.valueOf(longitude), "1978", propertyRights, "QUASI_PROPERTY", String.valueOf(buildingCount), "194000", "3100", "8000",
				"32.5", "false", "NONE", "false", "12") + "\n";
	}

	private String jsonFields() {
		return """
				"name":"%s","districtCode":"%s","streetCode":"%s","address":"%s","latitude":%s,"longitude":%s,\
				"buildYear":1978,"propertyRights":"%s","managementStatus":"QUASI_PROPERTY","buildingCount":%d,\
				"floorArea":194000,"households":3100,"residents":8000,"aged60PlusPercent":32.5,\
				"historicDistrict":false,"ownersOrganisation":"NONE","propertyServiceAgreed":false,\
				"hotlineComplaints":12""".formatted(name, districtCode, streetCode, address, latitude, longitude,
				propertyRights, buildingCount);
	}

}
