package cn.bjrenovation.platform.bench.events;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/** The fact the event latency benchmark commits: one changed row, published through the outbox. */
record ChangeCommitted(EventMetadata metadata, String aggregateId) implements IntegrationEvent {

	static final String TOPIC = "bench.latency";

	static final String TYPE = "BenchChangeCommitted";

	@Override
	public String type() {
		return TYPE;
	}

}
