package cn.bjrenovation.housing.publicboard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.publicboard.domain.DistrictProgress;

/** Published projects per district, by state (the status name → projects), for the public map. */
record DistrictProgressResponse(List<District> districts) {

	record District(String districtCode, int projects, Map<String, Integer> byStatus) {
	}

	static DistrictProgressResponse of(List<DistrictProgress> progress) {
		return new DistrictProgressResponse(progress.stream().map(district -> {
			Map<String, Integer> byStatus = new LinkedHashMap<>();
			district.projectsByState().entrySet().stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach(entry -> byStatus.put(entry.getKey().name(), entry.getValue()));
			return new District(district.district().value(), district.projects(), byStatus);
		}).toList());
	}

}
