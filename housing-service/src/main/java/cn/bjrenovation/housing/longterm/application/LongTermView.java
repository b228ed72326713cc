package cn.bjrenovation.housing.longterm.application;

import cn.bjrenovation.housing.longterm.domain.PropertyContract;
import cn.bjrenovation.housing.longterm.domain.PropertyTrial;
import cn.bjrenovation.housing.project.domain.ProjectStatus;

/**
 * Where a project stands on the way to long-term management.
 *
 * @param trial the latest trial; null when none was recorded
 * @param contract null until signed
 * @param fundRaised the community's maintenance fund was raised since the project was applied for
 */
public record LongTermView(ProjectStatus projectStatus, PropertyTrial trial, PropertyContract contract,
		boolean fundRaised) {
}
