package cn.bjrenovation.housing.longterm.messaging;

import java.util.List;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.v1.MaintenanceFacts;
import cn.bjrenovation.finance.v1.MaintenanceFundMoved;
import cn.bjrenovation.housing.longterm.application.RecordingFundRaise;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the maintenance-fund movements finance publishes on {@code finance.maintenance} (contract {@code finance.v1},
 * {@link MaintenanceFacts}): a RAISED movement — the fund set up or topped up — is what long-term management waits for
 * besides the contract. One dispatch, each envelope parsed once, each event handled once; uses are skipped.
 */
@Component
class MaintenanceFundListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	MaintenanceFundListener(InboundEvents inbound, RecordingFundRaise recording) {
		this.inbound = inbound;
		dispatch.on(new InboundEvents.Subscription<>(MaintenanceFacts.FUND_MOVED, MaintenanceFacts.SCHEMA_VERSION,
				MaintenanceFundMoved::parseFrom), (envelope, moved) -> {
					if (moved.getMovement() == MaintenanceFundMoved.Movement.RAISED) {
						recording.raised(envelope.getEventId(), community(envelope, moved.getCommunityId()),
								moved.getAmountFen(), moved.getBalanceFen(), moved.getVoteReference(),
								EventEnvelopes.instant(envelope, moved.getMovedAt(), "moved_at"));
					}
				});
	}

	@KafkaListener(topics = MaintenanceFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

	private static CommunityId community(EventEnvelope envelope, String text) {
		try {
			return CommunityId.parse(text, "community_id");
		}
		catch (InvalidInputException ex) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId() + ": " + ex.getMessage());
		}
	}

}
