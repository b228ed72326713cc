package cn.bjrenovation.housing.surveyimport.domain;

import java.util.Set;

import cn.bjrenovation.housing.community.domain.BuildingTotals;
import cn.bjrenovation.housing.community.domain.Community;

/** A community buildings are being imported into: its survey, what its buildings add up to, their numbers. */
public record BuildingTarget(Community community, BuildingTotals totals, Set<String> numbers) {
}
