package cn.bjrenovation.housing.construction.application;

import java.time.Instant;

import cn.bjrenovation.housing.construction.domain.ConstructionGates;
import cn.bjrenovation.housing.process.application.AdvancingJourney;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What finance says of a project's government funding (资金落实), as the construction gate keeps it. */
@Service
public class HearingFunding {

	private final ConstructionGates gates;

	private final AdvancingJourney journey;

	HearingFunding(ConstructionGates gates, AdvancingJourney journey) {
		this.gates = gates;
		this.journey = journey;
	}

	/** A funding plan was drafted from the approved design: the journey awaits its commitment. */
	@Transactional
	public void planned(ProjectId project, Instant at) {
		journey.fundingPlanned(project, at);
	}

	/** The funding was committed and posted on budget lines. */
	@Transactional
	public void committed(ProjectId project, Instant at) {
		gates.save(gates.lock(project).fundingCommitted(at));
		journey.fundingCommitted(project, at);
	}

	/** The commitment was voided (the project left the plan or was withdrawn). */
	@Transactional
	public void voided(ProjectId project, Instant at) {
		gates.save(gates.lock(project).fundingVoided());
		journey.fundingVoided(project, at);
	}

}
