package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;
import cn.bjrenovation.platform.place.CommunityId;

/** A dangerous-building appraisal (JGJ 125) and its plan (一楼一策) entered the ledger. */
public record BuildingGraded(EventMetadata metadata, CommunityId communityId, BuildingId buildingId,
		String buildingNumber, DangerousGrade grade, String plan) implements IntegrationEvent {

	/** The fact's name on {@code housing.community} (contract {@code housing.v1}), fixed whatever this class is called. */
	public static final String TYPE = "BuildingGraded";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String aggregateId() {
		return communityId.toString();
	}

}
