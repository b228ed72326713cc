package cn.bjrenovation.planning.illegalconstruction.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstructions;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commission records how an open illegal-construction determination was resolved (demolished, rectified). */
@Service
public class ResolvingIllegalConstruction {

	static final String OPERATION = "planning.illegal-construction.resolve";

	private final IllegalConstructions determinations;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	ResolvingIllegalConstruction(IllegalConstructions determinations, DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.determinations = determinations;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInputException on {@code resolution} when it is not plain text
	 * @throws NotFoundException for an unknown determination or one outside the caller's reach
	 * @throws ConflictException when it was resolved already
	 */
	@Transactional
	public IllegalConstruction resolve(Caller caller, UUID id, String resolution) {
		new FieldCheck().plainText(resolution, "resolution", IllegalConstruction.MAX_TEXT).throwIfAny();
		IllegalConstruction open = determinations.find(id)
			.orElseThrow(() -> new NotFoundException("illegal-construction determination", id));
		policy.reach(caller, OPERATION).requireVisible(open.place(), "illegal-construction determination", id);
		IllegalConstruction resolved = open.resolve(resolution.strip(), caller.subject(),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		if (!determinations.resolved(resolved)) {
			throw new ConflictException("illegal-construction determination " + id + " was resolved meanwhile");
		}
		audit.changed(OPERATION, id, "resolved: " + resolved.resolution());
		return resolved;
	}

}
