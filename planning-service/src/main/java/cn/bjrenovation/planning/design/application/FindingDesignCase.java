package cn.bjrenovation.planning.design.application;

import cn.bjrenovation.planning.design.domain.Attachments;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.Evaluations;
import cn.bjrenovation.planning.design.domain.ItemPermits;
import cn.bjrenovation.planning.design.domain.Opinions;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstructions;
import cn.bjrenovation.planning.planner.application.ServingPlanners;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one design case with every version, its opinions, attachments, permits and the community's open determinations. */
@Service
public class FindingDesignCase {

	static final String OPERATION = "planning.design.read";

	private final DesignAccess access;

	private final Opinions opinions;

	private final Attachments attachments;

	private final ItemPermits permits;

	private final Evaluations evaluations;

	private final IllegalConstructions illegalConstructions;

	private final ServingPlanners planners;

	FindingDesignCase(DesignAccess access, Opinions opinions, Attachments attachments, ItemPermits permits,
			Evaluations evaluations, IllegalConstructions illegalConstructions, ServingPlanners planners) {
		this.access = access;
		this.opinions = opinions;
		this.attachments = attachments;
		this.permits = permits;
		this.evaluations = evaluations;
		this.illegalConstructions = illegalConstructions;
		this.planners = planners;
	}

	/** @throws NotFoundException when there is no such case or it lies outside the caller's reach */
	@Transactional(readOnly = true)
	public DesignCaseView find(Caller caller, ProjectId id) {
		DesignCase found = access.visible(caller, OPERATION, id);
		return new DesignCaseView(found, opinions.recordedFor(id), attachments.attachedTo(id), permits.permitsOf(id),
				illegalConstructions.openOn(found.project().communityId()), evaluations.evaluationOf(id).orElse(null),
				planners.of(found.project().street()).orElse(null));
	}

}
