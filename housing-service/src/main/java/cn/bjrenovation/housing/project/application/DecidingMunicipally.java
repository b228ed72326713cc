package cn.bjrenovation.housing.project.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.project.domain.MunicipalDecision;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectCommunity;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
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

	DecidingMunicipally(MovingProject moving, Communities communities) {
		this.moving = moving;
		this.communities = communities;
	}

	/** @throws ConflictException naming what the community still lacks for the reserve pool */
	@Transactional
	public RenovationProject decide(Caller caller, ProjectId id, ReviewForm form) {
		ReviewForm.Checked<MunicipalDecision> decision = form.check(MunicipalDecision.class, MunicipalDecision.RETURN);
		return moving.move(caller, OPERATION, id, project -> project.decideMunicipally(decision.decision(),
				communityNow(project), ProjectActors.of(caller), moving.now(), decision.reasons()));
	}

	/** The community as the database holds it at the decision: its governance may have changed since applying. */
	private ProjectCommunity communityNow(RenovationProject project) {
		return communities.find(project.communityId())
			.map(ProjectCommunity::of)
			.orElseThrow(() -> new ConflictException("community " + project.communityId()
					+ " of project " + project.id() + " is no longer in the city-wide database"));
	}

}
