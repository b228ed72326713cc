package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityFacts;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.housing.community.domain.CommunityRetired;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;
import cn.bjrenovation.housing.community.domain.CommunityUpdated;
import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.platform.validation.FieldCheck;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects a community's surveyed facts, or retires it (never a hard delete). Both name the version the
 * caller last read, so two officials editing at once cannot overwrite each other unknowingly.
 */
@Service
public class ChangingCommunity {

	static final String UPDATE = "housing.community.update";

	static final String RETIRE = "housing.community.retire";

	private final Communities communities;

	private final Buildings buildings;

	private final Divisions divisions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	ChangingCommunity(Communities communities, Buildings buildings, Divisions divisions,
			ApplicationEventPublisher events, AuditTrail audit) {
		this.communities = communities;
		this.buildings = buildings;
		this.divisions = divisions;
		this.events = events;
		this.audit = audit;
	}

	@Transactional
	public Community update(Caller caller, CommunityId id, CommunityFacts facts, long version) {
		Community current = current(caller, id, version, UPDATE);
		if (current.retired()) {
			throw new ConflictException("community " + id + " is retired; a retired community is kept as it was");
		}
		FieldCheck check = new FieldCheck();
		CommunitySurvey corrected = CommunitySurvey.check(facts, divisions, check);
		check.throwIfAny();
		Community changed = current.correct(corrected);
		buildings.totals(id).checkWithin(corrected);
		store(changed, null, caller);
		events.publishEvent(new CommunityUpdated(EventMetadata.capture(), changed));
		audit.changed(UPDATE, id, "updated to version " + changed.version());
		return changed;
	}

	@Transactional
	public Community retire(Caller caller, CommunityId id, String reason, long version) {
		new FieldCheck().notBlank(reason, "reason", 500).throwIfAny();
		Community current = current(caller, id, version, RETIRE);
		if (current.retired()) {
			throw new ConflictException("community " + id + " is already retired");
		}
		Community retired = current.retire();
		store(retired, reason.strip(), caller);
		events.publishEvent(new CommunityRetired(EventMetadata.capture(), retired, reason.strip()));
		audit.changed(RETIRE, id, "retired: " + reason.strip());
		return retired;
	}

	private Community current(Caller caller, CommunityId id, long version, String operation) {
		Community current = communities.find(id)
			.filter(community -> caller.covers(community.districtCode(), community.streetCode(), id.toString()))
			.orElseThrow(() -> new NotFoundException("community", id));
		Scopes.requireDistrict(caller, current.districtCode(), operation);
		if (current.version() != version) {
			throw new ConflictException("community " + id + " is at version " + current.version()
					+ ", not " + version + ": someone changed it meanwhile; read it again");
		}
		return current;
	}

	private void store(Community changed, String reason, Caller caller) {
		if (!communities.replace(changed, reason, caller.subject())) {
			throw new ConflictException("community " + changed.id() + " changed meanwhile; read it again");
		}
	}

}
