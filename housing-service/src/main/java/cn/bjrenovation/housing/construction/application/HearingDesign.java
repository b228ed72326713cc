package cn.bjrenovation.housing.construction.application;

import java.time.Instant;

import cn.bjrenovation.housing.construction.domain.ApprovedDesign;
import cn.bjrenovation.housing.construction.domain.ApprovedDesigns;
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

	private final ApprovedDesigns designs;

	HearingDesign(ConstructionGates gates, AdvancingJourney journey, ApprovedDesigns designs) {
		this.gates = gates;
		this.journey = journey;
		this.designs = designs;
	}

	/**
	 * The design was approved; whether it has pipeline items decides whether coordination is required. Its items and
	 * total are kept for the public notice.
	 */
	@Transactional
	public void approved(ApprovedDesign design, boolean pipelineItems, Instant at) {
		ProjectId project = design.project();
		gates.save(gates.lock(project).designApproved(design.schemeVersion(), pipelineItems, at));
		designs.keep(design);
		journey.designApproved(project, pipelineItems, at);
	}

	/** The design was returned for changes: no longer approved, nor shown on the public notice. */
	@Transactional
	public void returned(ProjectId project, Instant at) {
		gates.save(gates.lock(project).designReturned());
		designs.forget(project);
		journey.designReturned(project, at);
	}

}
