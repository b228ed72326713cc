package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.BuildingFacts;
import cn.bjrenovation.platform.place.CommunityId;

/** A surveyed building to add to a community; its rules are the domain's ({@code Building.check}). */
public record RegisterBuildingCommand(CommunityId communityId, BuildingFacts facts) {
}
