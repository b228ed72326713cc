package cn.bjrenovation.housing.construction.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.bjrenovation.housing.construction.application.HearingCoordination;
import cn.bjrenovation.pipeline.v1.CoordinationFacts;
import cn.bjrenovation.pipeline.v1.CoordinationReleased;
import cn.bjrenovation.pipeline.v1.PipelinesCoordinated;
import cn.bjrenovation.pipeline.v1.Utility;
import cn.bjrenovation.pipeline.v1.UtilityPart;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads city management's coordination facts (topic {@code pipeline.coordination}, contract {@code pipeline.v1},
 * {@link CoordinationFacts}) for the construction gate: {@code PipelinesCoordinated} — every operator confirmed, and
 * which utilities' operators have works on the project; {@code CoordinationReleased} — the windows were released, no
 * coordination and no works any more. Other types are skipped; each event applied once.
 */
@Component
class PipelineCoordinationListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	PipelineCoordinationListener(InboundEvents inbound, HearingCoordination coordination) {
		this.inbound = inbound;
		dispatch.on(new Subscription<>(CoordinationFacts.PIPELINES_COORDINATED, CoordinationFacts.SCHEMA_VERSION,
				PipelinesCoordinated::parseFrom),
				(envelope, coordinated) -> coordination.coordinated(
						FactProjects.of(envelope, coordinated.getProject().getProjectId()), operators(coordinated),
						EventEnvelopes.occurredAt(envelope)));
		dispatch.on(new Subscription<>(CoordinationFacts.COORDINATION_RELEASED, CoordinationFacts.SCHEMA_VERSION,
				CoordinationReleased::parseFrom),
				(envelope, released) -> coordination.released(
						FactProjects.of(envelope, released.getProject().getProjectId()),
						EventEnvelopes.occurredAt(envelope)));
	}

	@KafkaListener(topics = CoordinationFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

	/** Each utility (e.g. {@code GAS}) with its operators' names (telecom may have several, joined by 、). */
	static Map<String, String> operators(PipelinesCoordinated coordinated) {
		Map<String, String> operators = new LinkedHashMap<>();
		for (UtilityPart part : coordinated.getPartsList()) {
			if (part.getUtility() == Utility.UTILITY_UNSPECIFIED || part.getUtility() == Utility.UNRECOGNIZED) {
				continue;
			}
			String names = part.getOperatorsList()
				.stream()
				.map(operator -> operator.getName().isBlank() ? operator.getCode() : operator.getName())
				.filter(name -> !name.isBlank())
				.collect(Collectors.joining("、"));
			operators.put(part.getUtility().name(), names.isEmpty() ? part.getUtility().name() : names);
		}
		return operators;
	}

}
