package cn.bjrenovation.planning.illegalconstruction.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstructions;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission determines an illegal construction on a community (违法建设认定, A2 规自委: 研究老旧小区内违法建设认定
 * 标准，加大违法建设监管力度). The determination stays open until resolved, and is listed on the community's design case.
 */
@Service
public class DeterminingIllegalConstruction {

	static final String OPERATION = "planning.illegal-construction.determine";

	private final IllegalConstructions determinations;

	private final RegisteredCommunities communities;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	DeterminingIllegalConstruction(IllegalConstructions determinations, RegisteredCommunities communities,
			DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.determinations = determinations;
		this.communities = communities;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws NotFoundException when planning knows no such community (or it is retired) */
	@Transactional
	public IllegalConstruction determine(Caller caller, DetermineIllegalConstructionCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		RegisteredCommunity community = communities.find(command.communityId())
			.filter(found -> !found.retired())
			.orElseThrow(() -> new NotFoundException("community", command.communityId()));
		reach.requireCovers(community.place());
		IllegalConstruction determination = new IllegalConstruction(UUID.randomUUID(), community.id(),
				community.district(), community.street(), command.what(), command.location(), command.decision(),
				caller.subject(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), null, null, null);
		determinations.add(determination);
		audit.changed(OPERATION, community.id(), "determined illegal construction " + determination.id() + ": "
				+ determination.what() + " at " + determination.location() + " → " + determination.decision());
		return determination;
	}

}
