package cn.bjrenovation.finance.maintenance.domain;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/**
 * A community's maintenance fund was raised into or used from ({@code finance.maintenance}, keyed by community id):
 * the movement and the fund's balance after it, fen. The wire name is {@link #TYPE}.
 */
public record FundMoved(EventMetadata metadata, FundMovement movement, long balanceFen) implements IntegrationEvent {

	public static final String TYPE = "MaintenanceFundMoved";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String aggregateId() {
		return movement.communityId().toString();
	}

}
