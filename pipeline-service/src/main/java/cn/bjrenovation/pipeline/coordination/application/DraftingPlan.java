package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.pipeline.coordination.domain.Actor;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlan;
import cn.bjrenovation.pipeline.coordination.domain.CoordinationPlans;
import cn.bjrenovation.pipeline.coordination.domain.DesignApproval;
import cn.bjrenovation.pipeline.coordination.domain.PlanMoved;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperator;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperators;
import cn.bjrenovation.platform.envelope.EventMetadata;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns planning's approval of a design with pipeline items into a draft coordination plan for city management
 * (管线统筹): one part per utility its items touch, with the operators serving the project's district — nobody copies
 * the design. A design without pipeline items opens no plan; a project that already has a plan keeps it (a replayed or
 * repeated approval changes nothing). Runs inside the consumer's transaction.
 */
@Service
public class DraftingPlan {

	/** Who drafts: the service itself, on planning's fact. */
	static final String SERVICE = "pipeline-service";

	private final CoordinationPlans plans;

	private final UtilityOperators operators;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DraftingPlan(CoordinationPlans plans, UtilityOperators operators, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.operators = operators;
		this.events = events;
		this.clock = clock;
	}

	/** @return whether a plan was drafted */
	@Transactional
	public boolean draft(DesignApproval design) {
		if (!design.hasPipelineItems() || plans.find(design.project().id()).isPresent()) {
			return false;
		}
		Map<Utility, List<String>> serving = new EnumMap<>(Utility.class);
		for (DesignApproval.UtilityItem item : design.items()) {
			serving.computeIfAbsent(item.utility(), utility -> operators
				.serving(design.project().districtCode(), utility)
				.stream()
				.map(UtilityOperator::code)
				.toList());
		}
		CoordinationPlan plan = CoordinationPlan.draft(design, serving, Actor.service(SERVICE),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		if (!plans.add(plan)) {
			return false;
		}
		events.publishEvent(new PlanMoved(EventMetadata.capture(), plan, List.of(), List.of()));
		return true;
	}

}
