package cn.bjrenovation.housing.process.application;

import java.time.Instant;
import java.util.function.Consumer;

import cn.bjrenovation.housing.process.domain.Journeys;
import cn.bjrenovation.housing.process.domain.RenovationJourney;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds every fact of a project's journey to its {@link RenovationJourney}, in the transaction that records the fact:
 * housing's own moves (every {@link ProjectMoved}, wherever it is raised) and what the construction feature hears on
 * {@code planning.design}, {@code finance.funding} and {@code pipeline.coordination}.
 */
@Component
public class AdvancingJourney {

	private final Journeys journeys;

	AdvancingJourney(Journeys journeys) {
		this.journeys = journeys;
	}

	@EventListener
	@Transactional
	public void projectMoved(ProjectMoved moved) {
		apply(moved.project().id(), journey -> journey.projectMoved(moved.transition().action(), moved.transition().at()));
	}

	@Transactional
	public void designApproved(ProjectId project, boolean pipelineItems, Instant at) {
		apply(project, journey -> journey.designApproved(pipelineItems, at));
	}

	@Transactional
	public void designReturned(ProjectId project, Instant at) {
		apply(project, journey -> journey.designReturned(at));
	}

	@Transactional
	public void fundingPlanned(ProjectId project, Instant at) {
		apply(project, journey -> journey.fundingPlanned(at));
	}

	@Transactional
	public void fundingCommitted(ProjectId project, Instant at) {
		apply(project, journey -> journey.fundingCommitted(at));
	}

	@Transactional
	public void fundingVoided(ProjectId project, Instant at) {
		apply(project, journey -> journey.fundingVoided(at));
	}

	@Transactional
	public void pipelinesCoordinated(ProjectId project, Instant at) {
		apply(project, journey -> journey.pipelinesCoordinated(at));
	}

	@Transactional
	public void coordinationReleased(ProjectId project, Instant at) {
		apply(project, journey -> journey.coordinationReleased(at));
	}

	private void apply(ProjectId project, Consumer<RenovationJourney> fact) {
		RenovationJourney journey = journeys.lock(project);
		fact.accept(journey);
		journeys.save(journey);
	}

}
