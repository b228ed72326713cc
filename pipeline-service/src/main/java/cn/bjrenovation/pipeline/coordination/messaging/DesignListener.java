package cn.bjrenovation.pipeline.coordination.messaging;

import java.util.List;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.pipeline.coordination.application.DraftingPlan;
import cn.bjrenovation.pipeline.coordination.application.ReleasingPlan;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationProject;
import cn.bjrenovation.pipeline.coordination.domain.DesignApproval;
import cn.bjrenovation.pipeline.coordination.domain.PlanItem;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.planning.v1.ApprovedItem;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignCaseSuspended;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignItem;
import cn.bjrenovation.planning.v1.DesignProject;
import cn.bjrenovation.planning.v1.UtilityKind;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads planning's design facts (topic {@code planning.design}, contract {@code planning.v1}, {@link DesignFacts}):
 * an approved design becomes a draft coordination plan when it has pipeline items; a suspended or closed design case
 * releases the plan's windows. Other types are skipped, neither recorded as consumed nor dead-lettered. Each record's
 * envelope is parsed once; a fact that cannot describe a project or its pipeline items can never succeed, so it is
 * dead-lettered at once.
 * <p>
 * This is pipeline's own reading of planning's contract: the pipeline items (those touching a utility network) with
 * their network, quantity and cost, mapped into its {@link DesignApproval}.
 */
@Component
class DesignListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	DesignListener(InboundEvents inbound, DraftingPlan drafting, ReleasingPlan releasing) {
		this.inbound = inbound;
		dispatch.on(new Subscription<>(DesignFacts.DESIGN_APPROVED, DesignFacts.SCHEMA_VERSION, DesignFacts::approved),
				(envelope, approved) -> drafting.draft(approval(envelope, approved)));
		dispatch.on(new Subscription<>(DesignFacts.DESIGN_CASE_SUSPENDED, DesignFacts.SCHEMA_VERSION,
				DesignCaseSuspended::parseFrom),
				(envelope, suspended) -> releasing.release(projectId(envelope, suspended.getProject()),
						reasons("planning suspended the design case (" + suspended.getStatus() + ")",
								suspended.getReasonsList())));
	}

	@KafkaListener(topics = DesignFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

	static List<String> reasons(String cause, List<String> given) {
		return given.isEmpty() ? List.of(cause) : given.stream().map(reason -> cause + ": " + reason).toList();
	}

	private static ProjectId projectId(EventEnvelope envelope, DesignProject project) {
		try {
			return ProjectId.parse(project.getProjectId(), "project.project_id");
		}
		catch (InvalidInputException ex) {
			throw malformed(envelope, ex);
		}
	}

	private static DesignApproval approval(EventEnvelope envelope, DesignApproved approved) {
		try {
			FieldCheck check = new FieldCheck();
			DesignProject given = approved.getProject();
			ProjectId id = check.parsed(() -> ProjectId.parse(given.getProjectId(), "project.project_id"));
			CommunityId community = check.parsed(() -> CommunityId.parse(given.getCommunityId(), "project.community_id"));
			StreetCode street = check.parsed(() -> StreetCode.parse(given.getStreetCode(), "project.street_code"));
			check.notBlank(given.getCommunityName(), "project.community_name", 200)
				.require(street == null || street.district().value().equals(given.getDistrictCode()),
						"project.district_code", "street " + street + " is not in district " + given.getDistrictCode())
				.require(given.getPlanYear() >= 2000 && given.getPlanYear() <= 2100, "project.plan_year",
						"plan year " + given.getPlanYear());
			List<ApprovedItem> pipelineItems = DesignFacts.pipelineItems(approved);
			List<DesignApproval.UtilityItem> items = new java.util.ArrayList<>();
			for (int i = 0; i < pipelineItems.size(); i++) {
				DesignItem item = pipelineItems.get(i).getItem();
				String field = "items[" + i + "]";
				Utility utility = utility(item.getUtility());
				check.require(utility != null, field + ".utility", "a pipeline item names no utility network")
					.notBlank(item.getCatalogueCode(), field + ".catalogue_code", 100)
					.nonNegative(item.getEstimatedCostFen(), field + ".estimated_cost_fen")
					.require(Double.isFinite(item.getQuantity()) && item.getQuantity() >= 0, field + ".quantity",
							"quantity " + item.getQuantity());
				if (utility != null) {
					items.add(new DesignApproval.UtilityItem(utility, new PlanItem(item.getCatalogueCode(),
							item.getName().isBlank() ? item.getCatalogueCode() : item.getName(), item.getQuantity(),
							item.getUnit(), item.getEstimatedCostFen())));
				}
			}
			check.throwIfAny();
			return new DesignApproval(new CoordinationProject(id, community, given.getCommunityName().strip(), street,
					given.getPlanYear()), approved.getSchemeVersion(), items);
		}
		catch (InvalidInputException ex) {
			throw malformed(envelope, ex);
		}
	}

	private static Utility utility(UtilityKind kind) {
		return kind == UtilityKind.UTILITY_KIND_UNSPECIFIED || kind == UtilityKind.UNRECOGNIZED ? null
				: Utility.valueOf(kind.name());
	}

	private static MalformedEventException malformed(EventEnvelope envelope, InvalidInputException ex) {
		return new MalformedEventException(envelope.getType() + " " + envelope.getEventId()
				+ " cannot be coordinated: " + ex.getMessage());
	}

}
