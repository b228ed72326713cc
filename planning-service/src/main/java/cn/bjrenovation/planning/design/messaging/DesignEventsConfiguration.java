package cn.bjrenovation.planning.design.messaging;

import java.util.List;

import cn.bjrenovation.planning.design.domain.CaseTransition;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignCaseMoved;
import cn.bjrenovation.planning.design.domain.DesignScheme;
import cn.bjrenovation.planning.design.domain.PermitsDetermined;
import cn.bjrenovation.planning.design.grpc.DesignMessages;
import cn.bjrenovation.planning.v1.ApprovedItem;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignCaseOpened;
import cn.bjrenovation.planning.v1.DesignCaseStatus;
import cn.bjrenovation.planning.v1.DesignCaseSuspended;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignPermitsDetermined;
import cn.bjrenovation.planning.v1.DesignReturned;
import cn.bjrenovation.planning.v1.DesignSubmitted;
import cn.bjrenovation.planning.v1.PermitDetermination;
import cn.bjrenovation.platform.config.ServiceName;
import cn.bjrenovation.platform.config.TopicLayout;
import cn.bjrenovation.platform.events.OutboundEvents;
import com.google.protobuf.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * planning's outbox: the facts of design cases on {@code planning.design} (contract {@code planning.v1},
 * {@link DesignFacts}), keyed by project id, one per move, and the audit records. Design is the only feature of
 * planning that publishes facts, so it declares the service's one externalization; a second publishing feature would
 * gather both, as housing's {@code EventRoutes} do.
 */
@Configuration(proxyBeanMethods = false)
class DesignEventsConfiguration {

	static OutboundEvents outbound(String producer) {
		return OutboundEvents.from(producer)
			.publish(DesignCaseMoved.class, DesignFacts.TOPIC, DesignFacts.SCHEMA_VERSION, DesignEventsConfiguration::payload)
			.publish(PermitsDetermined.class, DesignFacts.TOPIC, DesignFacts.SCHEMA_VERSION,
					event -> DesignPermitsDetermined.newBuilder()
						.setProject(DesignMessages.project(event.designCase().project()))
						.setSchemeVersion(event.schemeVersion())
						.addAllPermits(event.permits().stream().map(DesignMessages::permit).toList())
						.build());
	}

	static Message payload(DesignCaseMoved event) {
		DesignCase designCase = event.designCase();
		CaseTransition move = event.transition();
		var project = DesignMessages.project(designCase.project());
		return switch (event.type()) {
			case DesignFacts.DESIGN_CASE_OPENED -> DesignCaseOpened.newBuilder()
				.setProject(project)
				.setPlannerSubject(event.plannerSubject() == null ? "" : event.plannerSubject())
				.setPlannerName(event.plannerName() == null ? "" : event.plannerName())
				.setOpenedAt(DesignMessages.timestamp(move.at()))
				.build();
			case DesignFacts.DESIGN_SUBMITTED -> DesignSubmitted.newBuilder()
				.setProject(project)
				.setScheme(DesignMessages.scheme(designCase.current().orElseThrow(), List.of()))
				.build();
			case DesignFacts.DESIGN_RETURNED -> {
				DesignScheme returned = designCase.current().orElseThrow();
				yield DesignReturned.newBuilder()
					.setProject(project)
					.setSchemeVersion(returned.version())
					.addAllComments(returned.review().comments().stream().map(DesignMessages::comment).toList())
					.setReviewer(returned.review().reviewer())
					.setReturnedAt(DesignMessages.timestamp(returned.review().at()))
					.build();
			}
			case DesignFacts.DESIGN_APPROVED -> {
				DesignScheme approved = designCase.current().orElseThrow();
				yield DesignApproved.newBuilder()
					.setProject(project)
					.setSchemeVersion(approved.version())
					.addAllItems(approved.items()
						.stream()
						.map(item -> ApprovedItem.newBuilder()
							.setItem(DesignMessages.item(item))
							.setPermit(event.permits()
								.stream()
								.filter(permit -> permit.code().equals(item.code()))
								.findFirst()
								.map(permit -> PermitDetermination.valueOf(permit.determination().name()))
								.orElseThrow(() -> new IllegalStateException("no permit for item " + item.code())))
							.build())
						.toList())
					.setTotalCostFen(approved.totalCostFen())
					.setChangesLandRights(approved.changesLandRights())
					.setChangesPlanningConditions(approved.changesPlanningConditions())
					.setApprover(approved.review().reviewer())
					.setApprovedAt(DesignMessages.timestamp(approved.review().at()))
					.build();
			}
			case DesignFacts.DESIGN_CASE_SUSPENDED -> DesignCaseSuspended.newBuilder()
				.setProject(project)
				.setStatus(DesignCaseStatus.valueOf(designCase.status().name()))
				.addAllReasons(move.reasons())
				.build();
			default -> throw new IllegalStateException("no payload for fact " + event.type() + " of " + move.action());
		};
	}

	@Bean
	static EventExternalizationConfiguration planningEvents(ServiceName service) {
		return outbound(service.name()).externalization();
	}

	@Bean
	static KafkaAdmin.NewTopics planningTopics(ServiceName service, TopicLayout topics) {
		return outbound(service.name()).topics(topics.partitions(), topics.replicas());
	}

}
