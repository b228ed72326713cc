package cn.bjrenovation.planning.design.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignCaseMoved;
import cn.bjrenovation.planning.design.domain.DesignCases;
import cn.bjrenovation.planning.design.domain.DesignCatalogue;
import cn.bjrenovation.planning.design.domain.DesignScheme;
import cn.bjrenovation.planning.design.domain.ItemPermit;
import cn.bjrenovation.planning.design.domain.ItemPermits;
import cn.bjrenovation.planning.design.domain.ReviewDecision;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstructions;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission reviews the version under review (规划设计方案审查): returns it with all its technical comments at once
 * (一次性提出审查意见, A3-8; {@code DesignReturned}), or approves it — the community's open illegal-construction
 * determinations resolved or demolished by the scheme — determining each item's permit (A3-8: the rules' suggestion
 * unless the commission chooses otherwise; {@code DesignApproved} carries them all).
 */
@Service
public class ReviewingDesign {

	static final String OPERATION = "planning.design.review";

	private final DesignAccess access;

	private final DesignCases cases;

	private final DesignCatalogue catalogue;

	private final ItemPermits permits;

	private final IllegalConstructions illegalConstructions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	ReviewingDesign(DesignAccess access, DesignCases cases, DesignCatalogue catalogue, ItemPermits permits,
			IllegalConstructions illegalConstructions, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.access = access;
		this.cases = cases;
		this.catalogue = catalogue;
		this.permits = permits;
		this.illegalConstructions = illegalConstructions;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws RuleViolationException naming A3-8 or the illegal-construction rule (see {@link DesignCase}) */
	@Transactional
	public DesignCase review(Caller caller, ReviewDesignCommand command) {
		DesignCase before = access.visible(caller, OPERATION, command.projectId());
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		if (command.decision() == ReviewDecision.RETURN) {
			DesignCase after = before.returnWith(command.comments(), DesignAccess.actor(caller), now);
			cases.moved(before, after);
			events.publishEvent(new DesignCaseMoved(EventMetadata.capture(), after, List.of()));
			audit.changed(OPERATION, command.projectId(), "returned version " + after.current().orElseThrow().version()
					+ " with " + command.comments().size() + " comments");
			return after;
		}
		DesignCase after = before.approve(illegalConstructions.openOn(before.project().communityId())
			.stream()
			.map(IllegalConstruction::id)
			.toList(), DesignAccess.actor(caller), now);
		DesignScheme approved = after.current().orElseThrow();
		List<ItemPermit> determined = PermitDeterminations.apply(approved,
				PermitDeterminations.suggested(catalogue, approved, now), command.permits(), caller.subject(), now);
		cases.moved(before, after);
		permits.replace(command.projectId(), approved.version(), determined);
		events.publishEvent(new DesignCaseMoved(EventMetadata.capture(), after, determined));
		audit.changed(OPERATION, command.projectId(), "approved version " + approved.version() + ", "
				+ approved.totalCostFen() + " fen, permits " + determined.stream()
					.map(permit -> permit.code() + "=" + permit.determination())
					.toList());
		return after;
	}

}
