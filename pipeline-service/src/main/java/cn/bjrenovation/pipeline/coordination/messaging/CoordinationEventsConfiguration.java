package cn.bjrenovation.pipeline.coordination.messaging;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.PlanMoved;
import cn.bjrenovation.pipeline.coordination.domain.UtilityPart;
import cn.bjrenovation.pipeline.coordination.domain.WindowId;
import cn.bjrenovation.pipeline.coordination.grpc.CoordinationMessages;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperator;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperators;
import cn.bjrenovation.pipeline.v1.CoordinationFacts;
import cn.bjrenovation.pipeline.v1.CoordinationPlanned;
import cn.bjrenovation.pipeline.v1.CoordinationReleased;
import cn.bjrenovation.pipeline.v1.NetworksHandedOver;
import cn.bjrenovation.pipeline.v1.OperatorChangeRequested;
import cn.bjrenovation.pipeline.v1.OperatorConfirmed;
import cn.bjrenovation.pipeline.v1.OperatorsInvited;
import cn.bjrenovation.pipeline.v1.PipelinesCoordinated;
import cn.bjrenovation.pipeline.v1.WorksCompleted;
import cn.bjrenovation.platform.config.ServiceName;
import cn.bjrenovation.platform.config.TopicLayout;
import cn.bjrenovation.platform.events.OutboundEvents;
import com.google.protobuf.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * The facts pipeline publishes on {@code pipeline.coordination} (contract {@code pipeline.v1}, {@link CoordinationFacts}):
 * one per move of a plan, keyed by project id, through the outbox; with the audit records, the service's one
 * externalization. The payload message follows the fact's type, which the life-cycle row names.
 */
@Configuration(proxyBeanMethods = false)
class CoordinationEventsConfiguration {

	static OutboundEvents outbound(String producer, UtilityOperators operators) {
		Map<String, UtilityOperator> byCode = operators.all()
			.stream()
			.collect(Collectors.toMap(UtilityOperator::code, Function.identity()));
		return OutboundEvents.from(producer)
			.publish(PlanMoved.class, CoordinationFacts.TOPIC, CoordinationFacts.SCHEMA_VERSION,
					event -> payload(event, byCode));
	}

	static Message payload(PlanMoved event, Map<String, UtilityOperator> operators) {
		CoordinationPlan plan = event.plan();
		var project = CoordinationMessages.project(plan);
		var parts = plan.parts().stream().map(part -> CoordinationMessages.part(part, operators)).toList();
		var windows = event.windows().stream().map(CoordinationMessages::window).toList();
		return switch (event.type()) {
			case CoordinationFacts.COORDINATION_PLANNED -> CoordinationPlanned.newBuilder()
				.setProject(project)
				.setSchemeVersion(plan.schemeVersion())
				.setOverheadLinesUnderground(plan.overheadLinesUnderground())
				.addAllParts(parts)
				.build();
			case CoordinationFacts.OPERATORS_INVITED -> OperatorsInvited.newBuilder()
				.setProject(project)
				.addAllUtilities(plan.utilities().stream().map(CoordinationMessages::utility).toList())
				.addAllWindows(windows)
				.build();
			case CoordinationFacts.OPERATOR_CONFIRMED -> OperatorConfirmed.newBuilder()
				.setProject(project)
				.setPart(CoordinationMessages.part(plan.requirePart(event.transition().utility()), operators))
				.build();
			case CoordinationFacts.OPERATOR_CHANGE_REQUESTED -> OperatorChangeRequested.newBuilder()
				.setProject(project)
				.setUtility(CoordinationMessages.utility(event.transition().utility()))
				.addAllReasons(event.transition().reasons())
				.build();
			case CoordinationFacts.PIPELINES_COORDINATED -> PipelinesCoordinated.newBuilder()
				.setProject(project)
				.addAllParts(parts)
				.addAllWindows(windows)
				.setContributionsFen(plan.parts()
					.stream()
					.map(UtilityPart::confirmation)
					.mapToLong(confirmation -> confirmation == null ? 0 : confirmation.contributionFen())
					.sum())
				.build();
			case CoordinationFacts.WORKS_COMPLETED ->
				WorksCompleted.newBuilder().setProject(project).addAllWindows(windows).build();
			case CoordinationFacts.NETWORKS_HANDED_OVER -> NetworksHandedOver.newBuilder()
				.setProject(project)
				.setHandover(CoordinationMessages.handover(plan))
				.addAllParts(parts)
				.build();
			case CoordinationFacts.COORDINATION_RELEASED -> CoordinationReleased.newBuilder()
				.setProject(project)
				.addAllReleasedWindowIds(event.releasedWindows().stream().map(WindowId::toString).toList())
				.addAllReasons(event.transition().reasons())
				.build();
			default -> throw new IllegalStateException("no payload for fact " + event.type());
		};
	}

	@Bean
	static EventExternalizationConfiguration pipelineEvents(ServiceName service, UtilityOperators operators) {
		return outbound(service.name(), operators).externalization();
	}

	@Bean
	static KafkaAdmin.NewTopics pipelineTopics(ServiceName service, TopicLayout topics, UtilityOperators operators) {
		return outbound(service.name(), operators).topics(topics.partitions(), topics.replicas());
	}

}
