package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.housing.community.domain.CommunityRegistered;
import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.events.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.problems.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a surveyed community in the city-wide database (plan §三(一)). A district registers only inside
 * its own district (属地责任); the commission anywhere. The community and its {@link CommunityRegistered}
 * event commit together (outbox).
 */
@Service
public class RegisteringCommunity {

	static final String OPERATION = "housing.community.register";

	private final Communities communities;

	private final Divisions divisions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	RegisteringCommunity(Communities communities, Divisions divisions, ApplicationEventPublisher events,
			AuditTrail audit) {
		this.audit = audit;
		this.communities = communities;
		this.divisions = divisions;
		this.events = events;
	}

	@Transactional
	public Community register(Caller caller, RegisterCommunityCommand command) {
		if (caller.role() == Role.DISTRICT && !caller.coversDistrict(command.districtCode())) {
			throw new ForbiddenException(OPERATION, "district " + caller.districtCode()
					+ " may register communities only in its own district, not in " + command.districtCode());
		}
		Community community = Community.register(CommunityId.newId(), command.name(), command.districtCode(),
				command.streetCode(), command.buildYear(), divisions);
		communities.add(community);
		events.publishEvent(new CommunityRegistered(EventMetadata.capture(), community));
		audit.changed(OPERATION, community.id(), "registered " + community.name());
		return community;
	}

}
