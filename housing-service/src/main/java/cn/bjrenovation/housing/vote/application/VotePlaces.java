package cn.bjrenovation.housing.vote.application;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.project.domain.ProjectCommunity;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.policy.Reach;

/** Where a vote lies for the duty policy: its community's district, street and the community itself. */
final class VotePlaces {

	private VotePlaces() {
	}

	/** As {@code reach} compares it: a community organisation's claim by residents' committee covers its communities. */
	static Place of(Community community, Reach reach) {
		return RenovationProject.placeFor(ProjectCommunity.of(community), reach);
	}

}
