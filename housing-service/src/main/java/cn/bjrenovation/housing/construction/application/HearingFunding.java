package cn.bjrenovation.housing.construction.application;

import java.time.Instant;

import cn.bjrenovation.housing.construction.domain.ConstructionGates;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What finance says of a project's government funding (资金落实), as the construction gate keeps it. */
@Service
public class HearingFunding {

	private final ConstructionGates gates;

	HearingFunding(ConstructionGates gates) {
		this.gates = gates;
	}

	/** The funding was committed and posted on budget lines. */
	@Transactional
	public void committed(ProjectId project, Instant at) {
		gates.save(gates.lock(project).fundingCommitted(at));
	}

	/** The commitment was voided (the project left the plan or was withdrawn). */
	@Transactional
	public void voided(ProjectId project) {
		gates.save(gates.lock(project).fundingVoided());
	}

}
