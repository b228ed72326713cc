package cn.bjrenovation.platform.web;

import java.util.List;
import java.util.Map;

/** GeoJSON (RFC 7946) for map layers (落点落图): points with properties, in a feature collection. */
public final class GeoJson {

	public static final String MEDIA_TYPE = "application/geo+json";

	private GeoJson() {
	}

	public static Map<String, Object> point(double longitude, double latitude, Map<String, Object> properties) {
		return Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(longitude, latitude)),
				"properties", properties);
	}

	public static Map<String, Object> collection(List<Map<String, Object>> features) {
		return Map.of("type", "FeatureCollection", "features", features);
	}

}
