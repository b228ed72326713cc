package cn.bjrenovation.finance.maintenance.messaging;

import java.time.Instant;

import cn.bjrenovation.finance.maintenance.domain.FundMoved;
import cn.bjrenovation.finance.maintenance.domain.FundMovement;
import cn.bjrenovation.finance.maintenance.domain.VoteMatter;
import cn.bjrenovation.finance.v1.MaintenanceFacts;
import cn.bjrenovation.finance.v1.MaintenanceFundMoved;
import cn.bjrenovation.platform.events.EventRoutes;
import cn.bjrenovation.platform.events.OutboundEvents;
import com.google.protobuf.Timestamp;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The facts of the maintenance-fund feature on {@code finance.maintenance} (contract {@code finance.v1},
 * {@link MaintenanceFacts}): every raising and use, keyed by community id, with the fund's balance after it. Gathered
 * by the platform into finance's one outbox.
 */
@Configuration(proxyBeanMethods = false)
class MaintenanceEventsConfiguration {

	static OutboundEvents routes(OutboundEvents events) {
		return events.publish(FundMoved.class, MaintenanceFacts.TOPIC, MaintenanceFacts.SCHEMA_VERSION,
				MaintenanceEventsConfiguration::payload);
	}

	static MaintenanceFundMoved payload(FundMoved fact) {
		FundMovement movement = fact.movement();
		Instant at = movement.recordedAt();
		return MaintenanceFundMoved.newBuilder()
			.setCommunityId(movement.communityId().toString())
			.setDistrictCode(movement.districtCode())
			.setMovement(movement.kind() == VoteMatter.RAISING ? MaintenanceFundMoved.Movement.RAISED
					: MaintenanceFundMoved.Movement.USED)
			.setAmountFen(movement.amountFen())
			.setBalanceFen(fact.balanceFen())
			.setProjectId(movement.projectId() == null ? "" : movement.projectId().toString())
			.setVoteReference(movement.vote().reference())
			.setMovedAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
			.build();
	}

	@Bean
	static EventRoutes maintenanceEventRoutes() {
		return MaintenanceEventsConfiguration::routes;
	}

}
