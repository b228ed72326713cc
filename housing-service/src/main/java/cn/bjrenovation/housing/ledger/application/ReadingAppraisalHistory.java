package cn.bjrenovation.housing.ledger.application;

import java.util.List;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.ledger.domain.Appraisal;
import cn.bjrenovation.housing.ledger.domain.Ledger;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every appraisal and plan change of a building (a dynamic ledger); outside the caller's reach it is not found. */
@Service
public class ReadingAppraisalHistory {

	static final String OPERATION = "housing.ledger.history";

	private final Ledger ledger;

	private final Buildings buildings;

	private final Communities communities;

	private final DutyPolicy policy;

	ReadingAppraisalHistory(Ledger ledger, Buildings buildings, Communities communities, DutyPolicy policy) {
		this.ledger = ledger;
		this.buildings = buildings;
		this.communities = communities;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public List<Appraisal> history(Caller caller, BuildingId buildingId) {
		Building building = buildings.find(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
		Community community = communities.find(building.communityId()).orElseThrow();
		policy.reach(caller, OPERATION).requireVisible(community.place(), "building", buildingId);
		return ledger.history(buildingId);
	}

}
