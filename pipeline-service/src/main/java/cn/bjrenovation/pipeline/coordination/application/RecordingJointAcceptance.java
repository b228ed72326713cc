package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.pipeline.coordination.domain.JointAcceptance;
import cn.bjrenovation.pipeline.coordination.domain.JointAcceptances;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps housing's {@code JointAcceptancePassed} (联合验收) for the handover of the networks to wait for. Runs in the
 * consumer's transaction; an acceptance heard again, or a second one for the project, changes nothing.
 */
@Service
public class RecordingJointAcceptance {

	private final JointAcceptances acceptances;

	private final Clock clock;

	RecordingJointAcceptance(JointAcceptances acceptances, Clock clock) {
		this.acceptances = acceptances;
		this.clock = clock;
	}

	@Transactional
	public void record(JointAcceptance acceptance) {
		acceptances.add(acceptance, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
	}

}
