package cn.bjrenovation.planning.design.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.bjrenovation.planning.design.domain.CommitmentCheck;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignScheme;
import cn.bjrenovation.planning.design.domain.ItemPermit;
import cn.bjrenovation.planning.design.domain.ItemPermits;
import cn.bjrenovation.planning.design.domain.PermitDetermination;
import cn.bjrenovation.planning.design.domain.PermitsDetermined;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission determines the permits of an approved scheme's items (A3-8: no land-use planning permit, 告知承诺,
 * or the full procedure), and records the check after the works of a notification-commitment item. Every item's
 * permit as it then stands is published ({@code DesignPermitsDetermined}).
 */
@Service
public class DeterminingPermits {

	static final String OPERATION = "planning.design.permits.determine";

	private final DesignAccess access;

	private final ItemPermits permits;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	DeterminingPermits(DesignAccess access, ItemPermits permits, ApplicationEventPublisher events, AuditTrail audit,
			Clock clock) {
		this.access = access;
		this.permits = permits;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ConflictException when the case has no approved scheme
	 * @throws InvalidInputException naming a permit or check for an item the scheme does not hold, or a check of an
	 * item not approved on notification-commitment
	 */
	@Transactional
	public List<ItemPermit> determine(Caller caller, DeterminePermitsCommand command) {
		DesignCase designCase = access.visible(caller, OPERATION, command.projectId());
		DesignScheme approved = designCase.approved()
			.orElseThrow(() -> new ConflictException("design case " + command.projectId() + " is "
					+ designCase.status() + ": permits are determined for an approved scheme only"));
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		List<ItemPermit> determined = new ArrayList<>(PermitDeterminations.apply(approved,
				permits.permitsOf(command.projectId()), command.permits(), caller.subject(), now));
		FieldCheck check = new FieldCheck();
		for (int i = 0; i < command.checks().size(); i++) {
			DeterminePermitsCommand.Check given = command.checks().get(i);
			int index = -1;
			for (int j = 0; j < determined.size(); j++) {
				index = determined.get(j).code().equals(given.code()) ? j : index;
			}
			if (index < 0 || determined.get(index).determination() != PermitDetermination.NOTIFICATION_COMMITMENT) {
				check.require(false, "checks[" + i + "].catalogueCode", given.code() + " is not approved on "
						+ "notification-commitment (告知承诺): only such an item is checked after the works");
				continue;
			}
			determined.set(index, determined.get(index)
				.checked(new CommitmentCheck(given.passed(), given.note(), caller.subject(), now)));
		}
		check.throwIfAny();
		permits.replace(command.projectId(), approved.version(), determined);
		events.publishEvent(new PermitsDetermined(EventMetadata.capture(), designCase, approved.version(), determined));
		audit.changed(OPERATION, command.projectId(), "determined " + command.permits().size() + " permits, recorded "
				+ command.checks().size() + " checks");
		return determined;
	}

}
