package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;
import cn.bjrenovation.housing.community.domain.CommunityUpdated;
import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects a community's surveyed facts. The correction names the version its author last read, so two officials
 * editing at once cannot overwrite each other unknowingly; the buildings in service must still fit the survey.
 */
@Service
public class CorrectingCommunity {

	static final String OPERATION = "housing.community.update";

	private final CommunityChanges changes;

	private final Buildings buildings;

	private final Divisions divisions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	CorrectingCommunity(CommunityChanges changes, Buildings buildings, Divisions divisions,
			ApplicationEventPublisher events, AuditTrail audit) {
		this.changes = changes;
		this.buildings = buildings;
		this.divisions = divisions;
		this.events = events;
		this.audit = audit;
	}

	@Transactional
	public Community correct(Caller caller, CorrectCommunityCommand command) {
		Community current = changes.current(caller, OPERATION, command.id(), command.version());
		if (current.retired()) {
			throw new ConflictException(
					"community " + command.id() + " is retired; a retired community is kept as it was");
		}
		FieldCheck check = new FieldCheck();
		CommunitySurvey corrected = CommunitySurvey.check(command.facts(), divisions, check);
		check.throwIfAny();
		Community changed = current.correct(corrected);
		buildings.totals(command.id()).checkWithin(corrected);
		changes.store(changed, null, caller);
		events.publishEvent(new CommunityUpdated(EventMetadata.capture(), changed));
		audit.changed(OPERATION, command.id(), "updated to version " + changed.version());
		return changed;
	}

}
