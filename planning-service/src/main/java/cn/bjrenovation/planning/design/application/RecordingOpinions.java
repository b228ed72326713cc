package cn.bjrenovation.planning.design.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.bjrenovation.planning.design.domain.DesignAction;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.OpinionCollection;
import cn.bjrenovation.planning.design.domain.Opinions;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsible planner records a collection of residents' opinions (征集民意, A2 规自委) on a case that can still
 * take a scheme (open or returned); the next version submitted is drawn from every collection recorded so far.
 */
@Service
public class RecordingOpinions {

	static final String OPERATION = "planning.design.opinions.record";

	private final DesignAccess access;

	private final Opinions opinions;

	private final AuditTrail audit;

	private final Clock clock;

	RecordingOpinions(DesignAccess access, Opinions opinions, AuditTrail audit, Clock clock) {
		this.access = access;
		this.opinions = opinions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ConflictException when the case cannot take a scheme now
	 * @throws InvalidInputException on {@code collectedTo} for a collection that ends in the future
	 */
	@Transactional
	public OpinionCollection record(Caller caller, RecordOpinionsCommand command) {
		DesignCase designCase = access.visible(caller, OPERATION, command.projectId());
		designCase.requireAllowed(DesignAction.SUBMIT);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		if (command.collectedTo().isAfter(LocalDate.ofInstant(now, clock.getZone()))) {
			throw new InvalidInputException("collectedTo", command.collectedTo() + " is in the future: record a collection once it ended");
		}
		OpinionCollection collection = new OpinionCollection(UUID.randomUUID(), command.projectId(), command.method(),
				command.collectedFrom(), command.collectedTo(), command.participants(), command.requests(),
				caller.subject(), now);
		opinions.add(collection);
		audit.changed(OPERATION, command.projectId(), "recorded opinions " + collection.id() + " of "
				+ collection.participants() + " residents (" + collection.method() + ")");
		return collection;
	}

}
