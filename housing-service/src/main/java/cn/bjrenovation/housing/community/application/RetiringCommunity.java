package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityRetired;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Retires a community (merged, demolished): it stays in the database as it was, never hard-deleted. */
@Service
public class RetiringCommunity {

	static final String OPERATION = "housing.community.retire";

	private final CommunityChanges changes;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	RetiringCommunity(CommunityChanges changes, ApplicationEventPublisher events, AuditTrail audit) {
		this.changes = changes;
		this.events = events;
		this.audit = audit;
	}

	@Transactional
	public Community retire(Caller caller, RetireCommunityCommand command) {
		Community current = changes.current(caller, OPERATION, command.id(), command.version());
		if (current.retired()) {
			throw new ConflictException("community " + command.id() + " is already retired");
		}
		Community retired = current.retire();
		changes.store(retired, command.reason(), caller);
		events.publishEvent(new CommunityRetired(EventMetadata.capture(), retired, command.reason()));
		audit.changed(OPERATION, command.id(), "retired: " + command.reason());
		return retired;
	}

}
