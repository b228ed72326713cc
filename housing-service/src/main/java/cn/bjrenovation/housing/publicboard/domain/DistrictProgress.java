package cn.bjrenovation.housing.publicboard.domain;

import java.util.Map;

import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.platform.place.DistrictCode;

/** A district's published projects by state, for the public map. */
public record DistrictProgress(DistrictCode district, Map<ProjectStatus, Integer> projectsByState) {

	public DistrictProgress {
		projectsByState = Map.copyOf(projectsByState);
	}

	public int projects() {
		return projectsByState.values().stream().mapToInt(Integer::intValue).sum();
	}

}
