package cn.bjrenovation.housing.annualplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.place.CommunityId;

/**
 * One renovation task of a year's plan, as it was when it entered the plan: its project and community, place, task
 * class ({@link TaskClass}), floor area (m²) and estimated government subsidy (fen).
 */
public record PlanEntry(ProjectId projectId, CommunityId communityId, String communityName, String districtCode,
		String streetCode, ItemClass taskClass, BigDecimal floorArea, long subsidyFen) {

	public PlanEntry {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(taskClass, "taskClass");
		Objects.requireNonNull(floorArea, "floorArea");
	}

	public static PlanEntry of(RenovationProject project, SubsidyRates rates) {
		var community = project.community();
		return new PlanEntry(project.id(), community.id(), community.name(), community.districtCode(),
				community.streetCode(), TaskClass.of(project.application().items()), community.floorArea(),
				rates.estimate(project));
	}

	public boolean basic() {
		return taskClass == ItemClass.BASIC;
	}

}
