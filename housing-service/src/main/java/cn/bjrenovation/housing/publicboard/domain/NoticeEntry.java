package cn.bjrenovation.housing.publicboard.domain;

import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;

/** A community with a published project, as the board lists it. */
public record NoticeEntry(CommunityId communityId, String communityName, DistrictCode district, StreetCode street,
		ProjectStatus status, Integer planYear) {
}
