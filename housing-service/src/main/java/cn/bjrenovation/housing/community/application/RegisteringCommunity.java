package cn.bjrenovation.housing.community.application;

import java.time.Clock;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityFacts;
import cn.bjrenovation.housing.community.domain.CommunityRegistered;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;
import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a surveyed community in the city-wide database (plan §三(一)). Where the caller may register is the
 * duty policy's: a district inside its own district (属地责任), SASAC 市属非经 communities anywhere, the commission
 * anywhere; a community placed outside is refused with the reason. The community and its
 * {@link CommunityRegistered} event commit together (outbox).
 */
@Service
public class RegisteringCommunity {

	static final String OPERATION = "housing.community.register";

	private final Communities communities;

	private final Divisions divisions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final DutyPolicy policy;

	private final Clock clock;

	RegisteringCommunity(Communities communities, Divisions divisions, ApplicationEventPublisher events,
			AuditTrail audit, DutyPolicy policy, Clock clock) {
		this.audit = audit;
		this.communities = communities;
		this.divisions = divisions;
		this.events = events;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	public Community register(Caller caller, CommunityFacts facts) {
		FieldCheck check = new FieldCheck();
		CommunitySurvey survey = CommunitySurvey.check(facts, divisions, check);
		check.throwIfAny();
		policy.reach(caller, OPERATION)
			.requireCovers(Community.place(survey.districtCode(), survey.streetCode(), null, survey.propertyRights()));
		Community community = Community.register(CommunityId.newId(), survey, clock.instant());
		communities.add(community, caller.subject());
		events.publishEvent(new CommunityRegistered(EventMetadata.capture(), community));
		audit.changed(OPERATION, community.id(), "registered " + community.name());
		return community;
	}

}
