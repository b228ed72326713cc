package cn.bjrenovation.housing.project.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.project.domain.MunicipalDecision;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectCommunity;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the joint conference's decision (市老旧小区改造联席会; its office at the housing commission, A2 住建委) on an
 * application the district accepted: approved into the reserve pool (项目储备库) — only when the community, as the
 * database holds it now, has formed an owners' organisation and determined its property company and service standard
 * (plan §三(一)) — or returned with reasons.
 */
@Service
public class DecidingMunicipally {

	static final String OPERATION = ProjectAction.Operations.MUNICIPAL_DECISION;

	private final MovingProject moving;

	private final Communities communities;

	private final Clock clock;

	DecidingMunicipally(MovingProject moving, Communities communities, Clock clock) {
		this.moving = moving;
		this.communities = communities;
		this.clock = clock;
	}

	/** @throws ConflictException naming what the community still lacks for the reserve pool */
	@Transactional
	public RenovationProject decide(Caller caller, ProjectId id, ReviewForm form) {
		FieldCheck check = new FieldCheck();
		MunicipalDecision decision = check.choice(form.decision(), "decision", MunicipalDecision.class);
		List<String> reasons = RenovationProject.checkReasons(form.reasons(), decision == MunicipalDecision.RETURN,
				"a return", check);
		check.throwIfAny();
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		return moving.move(caller, OPERATION, id, project -> project.decideMunicipally(decision,
				communityNow(project), ProjectActors.of(caller), now, reasons));
	}

	/** The community as the database holds it at the decision: its governance may have changed since applying. */
	private ProjectCommunity communityNow(RenovationProject project) {
		return communities.find(project.communityId())
			.map(ProjectCommunity::of)
			.orElseThrow(() -> new ConflictException("community " + project.communityId()
					+ " of project " + project.id() + " is no longer in the city-wide database"));
	}

}
