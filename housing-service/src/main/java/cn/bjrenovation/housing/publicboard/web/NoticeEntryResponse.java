package cn.bjrenovation.housing.publicboard.web;

import cn.bjrenovation.housing.publicboard.domain.NoticeEntry;

/** A community with a published project: these fields and no others. */
record NoticeEntryResponse(String communityId, String communityName, String districtCode, String streetCode,
		String status, String statusLabel, Integer planYear) {

	static NoticeEntryResponse of(NoticeEntry entry) {
		return new NoticeEntryResponse(entry.communityId().toString(), entry.communityName(), entry.district().value(),
				entry.street().value(), entry.status().name(), entry.status().label(), entry.planYear());
	}

}
