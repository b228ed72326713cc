package cn.bjrenovation.housing.construction.application;

import java.time.Instant;

import cn.bjrenovation.housing.construction.domain.ConstructionGates;
import cn.bjrenovation.housing.process.application.AdvancingJourney;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What planning says of a project's design (规划设计方案), as the construction gate keeps it. */
@Service
public class HearingDesign {

	private final ConstructionGates gates;

	private final AdvancingJourney journey;

	HearingDesign(ConstructionGates gates, AdvancingJourney journey) {
		this.gates = gates;
		this.journey = journey;
	}

	/** The design was approved; whether it has pipeline items decides whether coordination is required. */
	@Transactional
	public void approved(ProjectId project, int schemeVersion, boolean pipelineItems, Instant at) {
		gates.save(gates.lock(project).designApproved(schemeVersion, pipelineItems, at));
		journey.designApproved(project, pipelineItems, at);
	}

	/** The design was returned for changes: no longer approved. */
	@Transactional
	public void returned(ProjectId project, Instant at) {
		gates.save(gates.lock(project).designReturned());
		journey.designReturned(project, at);
	}

}
