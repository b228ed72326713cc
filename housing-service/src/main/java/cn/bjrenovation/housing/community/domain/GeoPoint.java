package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.validation.FieldCheck;

/** Where a community is on the map (落点落图), WGS-84 degrees. */
public record GeoPoint(double latitude, double longitude) {

	/** Beijing's bounding box: a point outside it is a surveying mistake. */
	public static final double SOUTH = 39.44, NORTH = 41.06, WEST = 115.42, EAST = 117.51;

	static void check(Double latitude, Double longitude, FieldCheck check) {
		check.present(latitude, "latitude").present(longitude, "longitude");
		if (latitude != null) {
			check.require(latitude >= SOUTH && latitude <= NORTH, "latitude",
					latitude + " is outside Beijing (" + SOUTH + "–" + NORTH + "°N)");
		}
		if (longitude != null) {
			check.require(longitude >= WEST && longitude <= EAST, "longitude",
					longitude + " is outside Beijing (" + WEST + "–" + EAST + "°E)");
		}
	}

}
