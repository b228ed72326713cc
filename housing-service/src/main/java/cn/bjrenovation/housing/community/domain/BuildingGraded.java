package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.events.EventMetadata;
import cn.bjrenovation.platform.events.IntegrationEvent;

/** A dangerous-building appraisal (JGJ 125) and its plan (一楼一策) entered the ledger. */
public record BuildingGraded(EventMetadata metadata, CommunityId communityId, BuildingId buildingId,
		String buildingNumber, DangerousGrade grade, String plan) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return communityId.toString();
	}

}
