package cn.bjrenovation.housing.process.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.bjrenovation.housing.process.domain.Journeys;
import cn.bjrenovation.housing.process.domain.RenovationJourney;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Feeds every fact of a project's journey to its {@link RenovationJourney}, in the transaction that records the fact:
 * housing's own moves (every {@link ProjectMoved}, wherever it is raised) and what the construction feature hears on
 * {@code planning.design}, {@code finance.funding} and {@code pipeline.coordination}.
 * <p>
 * A transaction's facts are applied together as it is about to commit: the journeys they touch locked and read at
 * once, each fact applied in the order it came, all of them stored with one batch. An annual plan that moves 2,000
 * projects costs a few statements, not a lock, a read and a rewrite per project; a rolled-back transaction applies none.
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
		Facts facts = (Facts) TransactionSynchronizationManager.getResource(this);
		if (facts == null) {
			facts = new Facts();
			TransactionSynchronizationManager.bindResource(this, facts);
			TransactionSynchronizationManager.registerSynchronization(facts);
		}
		facts.byProject.computeIfAbsent(project, key -> new ArrayList<>()).add(fact);
	}

	/** The facts of one transaction, by project in the order they came; applied and stored just before it commits. */
	private final class Facts implements TransactionSynchronization {

		private final Map<ProjectId, List<Consumer<RenovationJourney>>> byProject = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			if (byProject.isEmpty()) {
				return;
			}
			Map<ProjectId, RenovationJourney> locked = journeys.lockAll(byProject.keySet());
			byProject.forEach((project, facts) -> facts.forEach(fact -> fact.accept(locked.get(project))));
			byProject.clear();
			journeys.saveAll(locked.values());
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(AdvancingJourney.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(AdvancingJourney.this, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(AdvancingJourney.this);
		}

	}

}
