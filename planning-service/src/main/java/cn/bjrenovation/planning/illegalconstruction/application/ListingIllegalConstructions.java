package cn.bjrenovation.planning.illegalconstruction.application;

import java.util.List;

import cn.bjrenovation.planning.community.domain.RegisteredCommunities;
import cn.bjrenovation.planning.community.domain.RegisteredCommunity;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstructions;
import cn.bjrenovation.planning.planner.application.ServingPlanners;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists a community's illegal-construction determinations, open and resolved, to whoever may see the community. */
@Service
public class ListingIllegalConstructions {

	static final String OPERATION = "planning.illegal-construction.list";

	private final IllegalConstructions determinations;

	private final RegisteredCommunities communities;

	private final DutyPolicy policy;

	private final ServingPlanners planners;

	ListingIllegalConstructions(IllegalConstructions determinations, RegisteredCommunities communities,
			DutyPolicy policy, ServingPlanners planners) {
		this.determinations = determinations;
		this.communities = communities;
		this.policy = policy;
		this.planners = planners;
	}

	/** @throws NotFoundException for a community planning does not know, or outside the caller's reach */
	@Transactional(readOnly = true)
	public List<IllegalConstruction> list(Caller caller, CommunityId id) {
		var reach = policy.reach(caller, OPERATION);
		RegisteredCommunity community = communities.find(id)
			.orElseThrow(() -> new NotFoundException("community", id));
		reach.requireVisible(planners.withPlanner(community.place(), caller), "community", id);
		return determinations.of(id);
	}

}
