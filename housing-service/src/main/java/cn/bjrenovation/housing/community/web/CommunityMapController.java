package cn.bjrenovation.housing.community.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.community.application.StreamingCommunities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.web.GeoJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Community locations as GeoJSON (RFC 7946) for map layers (落点落图): one Point feature per community, with
 * the same filters as the list, inside the caller's scope.
 */
@RestController
class CommunityMapController {

	private final StreamingCommunities streaming;

	CommunityMapController(StreamingCommunities streaming) {
		this.streaming = streaming;
	}

	@GetMapping(path = "/api/housing/map/communities", produces = { GeoJson.MEDIA_TYPE, "application/json" })
	Map<String, Object> communities(Caller caller, CommunityQueryParameters parameters) {
		List<Map<String, Object>> features = new ArrayList<>();
		streaming.stream(caller, parameters.filter(), StreamingCommunities.MAP,
				community -> features.add(feature(community)));
		return GeoJson.collection(features);
	}

	private static Map<String, Object> feature(Community community) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("id", community.id().toString());
		properties.put("name", community.name());
		properties.put("districtCode", community.districtCode());
		properties.put("streetCode", community.streetCode());
		properties.put("committeeCode", community.survey().committee() == null ? null
				: community.survey().committee().value());
		properties.put("buildYear", community.survey().buildYear());
		properties.put("households", community.survey().households());
		return GeoJson.point(community.survey().location().longitude(), community.survey().location().latitude(),
				properties);
	}

}
