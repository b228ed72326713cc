package cn.bjrenovation.housing.construction.application;

import java.time.Instant;
import java.util.Map;

import cn.bjrenovation.housing.construction.domain.ConstructionGates;
import cn.bjrenovation.housing.process.application.AdvancingJourney;
import cn.bjrenovation.housing.project.domain.PipelineWorks;
import cn.bjrenovation.housing.project.domain.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What city management says of a project's pipeline coordination (管线统筹), as the construction gate keeps it; the
 * utilities' operators are remembered too, for the joint acceptance's sign-offs.
 */
@Service
public class HearingCoordination {

	private final ConstructionGates gates;

	private final PipelineWorks works;

	private final AdvancingJourney journey;

	HearingCoordination(ConstructionGates gates, PipelineWorks works, AdvancingJourney journey) {
		this.gates = gates;
		this.works = works;
		this.journey = journey;
	}

	/** Every operator confirmed its part. */
	@Transactional
	public void coordinated(ProjectId project, Map<String, String> operatorsByUtility, Instant at) {
		gates.save(gates.lock(project).pipelinesCoordinated(at));
		works.record(project, operatorsByUtility, at);
		journey.pipelinesCoordinated(project, at);
	}

	/** The coordination was released (windows freed): no longer coordinated, no pipeline works. */
	@Transactional
	public void released(ProjectId project, Instant at) {
		gates.save(gates.lock(project).coordinationReleased());
		works.record(project, Map.of(), at);
		journey.coordinationReleased(project, at);
	}

}
