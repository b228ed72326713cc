package cn.bjrenovation.finance.funding.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.finance.funding.application.ApprovedDesign;
import cn.bjrenovation.finance.funding.application.DraftingFundingPlan;
import cn.bjrenovation.finance.funding.application.ReturnedDesign;
import cn.bjrenovation.finance.funding.application.ReturningFundingToDraft;
import cn.bjrenovation.finance.funding.domain.CostedItem;
import cn.bjrenovation.finance.funding.domain.PlannedProject;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.sharing.domain.CostCategory;
import cn.bjrenovation.planning.v1.ApprovedItem;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignFacts;
import cn.bjrenovation.planning.v1.DesignProject;
import cn.bjrenovation.planning.v1.DesignReturned;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.events.InboundEvents;
import cn.bjrenovation.platform.events.InboundEvents.Subscription;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Drafts funding plans from planning's approved designs, and sends a plan back to draft when its design is returned
 * (topic {@code planning.design}, contract {@code planning.v1}, {@link DesignFacts}): one dispatch, each record's
 * envelope parsed once, each event handled once (see {@link InboundEvents}). {@code DesignApproved} and
 * {@code DesignReturned} matter to finance; the other types are skipped. A fact that cannot describe a design (ids,
 * codes, classes, costs) can never succeed and goes to {@code planning.design.DLT}.
 */
@Component
class PlanningDesignListener {

	private final InboundEvents inbound;

	private final InboundEvents.Dispatch dispatch = new InboundEvents.Dispatch();

	PlanningDesignListener(InboundEvents inbound, DraftingFundingPlan drafting, ReturningFundingToDraft returning) {
		this.inbound = inbound;
		dispatch.on(new Subscription<>(DesignFacts.DESIGN_APPROVED, DesignFacts.SCHEMA_VERSION, DesignFacts::approved),
				(envelope, approved) -> drafting.draft(design(envelope, approved)))
			.on(new Subscription<>(DesignFacts.DESIGN_RETURNED, DesignFacts.SCHEMA_VERSION, DesignReturned::parseFrom),
					(envelope, returned) -> returning.returnFor(returned(envelope, returned)));
	}

	static ReturnedDesign returned(EventEnvelope envelope, DesignReturned returned) {
		String what = envelope.getType() + " " + envelope.getEventId();
		try {
			ProjectId projectId = ProjectId.parse(returned.getProject().getProjectId(), "project_id");
			if (returned.getSchemeVersion() <= 0) {
				throw new MalformedEventException(what + ": scheme version " + returned.getSchemeVersion());
			}
			List<String> reasons = returned.getCommentsList()
				.stream()
				.map(comment -> comment.getPart() + ": " + comment.getText())
				.toList();
			java.time.Instant at = returned.hasReturnedAt()
					? java.time.Instant.ofEpochSecond(returned.getReturnedAt().getSeconds(),
							returned.getReturnedAt().getNanos())
					: java.time.Instant.ofEpochSecond(envelope.getOccurredAt().getSeconds(),
							envelope.getOccurredAt().getNanos());
			return new ReturnedDesign(envelope.getEventId(), projectId, returned.getSchemeVersion(), reasons, at);
		}
		catch (InvalidInputException | java.time.DateTimeException ex) {
			throw new MalformedEventException(what + " does not name a project finance can read: " + ex.getMessage());
		}
	}

	@KafkaListener(topics = DesignFacts.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inbound.handle(records, dispatch);
	}

	static ApprovedDesign design(EventEnvelope envelope, DesignApproved approved) {
		String what = envelope.getType() + " " + envelope.getEventId();
		try {
			DesignProject project = approved.getProject();
			ProjectId projectId = ProjectId.parse(project.getProjectId(), "project_id");
			UUID communityId = parseUuid(project.getCommunityId(), what);
			DistrictCode district = DistrictCode.parse(project.getDistrictCode(), "district_code");
			StreetCode street = StreetCode.parse(project.getStreetCode(), "street_code");
			if (project.getPlanYear() < 2000 || project.getPlanYear() > 2100) {
				throw new MalformedEventException(what + ": plan year " + project.getPlanYear() + " is outside 2000–2100");
			}
			if (approved.getSchemeVersion() <= 0) {
				throw new MalformedEventException(what + ": scheme version " + approved.getSchemeVersion());
			}
			List<CostedItem> items = new ArrayList<>();
			for (ApprovedItem approvedItem : approved.getItemsList()) {
				var item = approvedItem.getItem();
				if (item.getEstimatedCostFen() < 0) {
					throw new MalformedEventException(what + ": item " + item.getCatalogueCode() + " costs "
							+ item.getEstimatedCostFen() + " fen");
				}
				items.add(new CostedItem(item.getCatalogueCode(), category(item, what), item.getEstimatedCostFen()));
			}
			if (!approved.hasApprovedAt()) {
				throw new MalformedEventException(what + " has no approval time");
			}
			return new ApprovedDesign(envelope.getEventId(),
					new PlannedProject(projectId, communityId, project.getCommunityName(), district.value(), street.value(),
							project.getPlanYear()),
					approved.getSchemeVersion(), items, approved.getApprover(),
					approvedAt(approved, what));
		}
		catch (InvalidInputException | IllegalArgumentException | ArithmeticException ex) {
			throw new MalformedEventException(what + " is not a design finance can fund: " + ex.getMessage());
		}
	}

	/** An item touching a utility network is costed as a pipeline item, whatever its class. */
	private static CostCategory category(cn.bjrenovation.planning.v1.DesignItem item, String what) {
		if (item.getTouchesUtility()) {
			return CostCategory.PIPELINE;
		}
		return switch (item.getItemClass()) {
			case BASIC -> CostCategory.BASIC;
			case COMPLETE -> CostCategory.COMPLETE;
			case UPGRADE -> CostCategory.UPGRADE;
			default -> throw new MalformedEventException(what + ": item " + item.getCatalogueCode() + " has class "
					+ item.getItemClass());
		};
	}

	private static java.time.Instant approvedAt(DesignApproved approved, String what) {
		try {
			java.time.Instant at = java.time.Instant.ofEpochSecond(approved.getApprovedAt().getSeconds(),
					approved.getApprovedAt().getNanos());
			java.time.LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
			return at;
		}
		catch (java.time.DateTimeException | ArithmeticException ex) {
			throw new MalformedEventException(what + " has an approval time no clock can show");
		}
	}

	private static UUID parseUuid(String text, String what) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedEventException(what + ": '" + text + "' is not an id");
		}
	}

}
