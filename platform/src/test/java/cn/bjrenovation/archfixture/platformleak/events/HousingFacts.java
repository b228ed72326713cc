package cn.bjrenovation.archfixture.platformleak.events;

import cn.bjrenovation.housing.v1.CommunityRegistered;

/** Fixture, broken on purpose: plumbing that knows a service's contract. */
public class HousingFacts {

	CommunityRegistered fact;

}
