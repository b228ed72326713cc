package cn.bjrenovation.housing.process.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.housing.process.domain.Journeys;
import cn.bjrenovation.housing.process.domain.RenovationJourney.StepView;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's journey as it stands today (the injected clock's): every step done, skipped, waiting or overdue. */
@Service
public class ReadingProcess {

	private final Projects projects;

	private final Journeys journeys;

	private final DutyPolicy policy;

	private final ProcessSettings settings;

	private final Clock clock;

	ReadingProcess(Projects projects, Journeys journeys, DutyPolicy policy, ProcessSettings settings, Clock clock) {
		this.projects = projects;
		this.journeys = journeys;
		this.policy = policy;
		this.settings = settings;
		this.clock = clock;
	}

	/** A project's steps. */
	public record Process(ProjectId projectId, List<StepView> steps) {
	}

	@Transactional(readOnly = true)
	public Process read(Caller caller, ProjectId id) {
		Reach reach = policy.reach(caller, ProcessOperations.READ);
		RenovationProject project = projects.find(id).orElseThrow(() -> new NotFoundException("project", id));
		reach.requireVisible(project.place(reach), "project", id);
		return new Process(id,
				journeys.of(id).evaluate(settings.deadlines(), LocalDate.now(clock), clock.getZone()));
	}

}
