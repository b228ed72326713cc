package cn.bjrenovation.pipeline.street.application;

import java.util.List;
import java.util.Map;

import cn.bjrenovation.pipeline.street.domain.StreetCommunities;
import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the communities a street's trench window must reach, in name order. Which streets a caller may list is
 * the duty policy's to say; a street outside the caller's reach reads as not found, so it cannot be probed. A
 * street nobody registered a community on lists empty.
 */
@Service
public class ListingStreetCommunities {

	static final String OPERATION = "pipeline.street-communities.list";

	private final StreetCommunities communities;

	private final DutyPolicy policy;

	ListingStreetCommunities(StreetCommunities communities, DutyPolicy policy) {
		this.communities = communities;
		this.policy = policy;
	}

	/** @throws NotFoundException when the street lies outside the caller's reach */
	@Transactional(readOnly = true)
	public List<StreetCommunity> on(Caller caller, StreetCode street) {
		Reach reach = policy.reach(caller, OPERATION);
		reach.requireVisible(trenchWindowOf(street, reach), "street", street);
		return communities.on(street).stream().sorted(StreetCommunity.IN_NAME_ORDER).toList();
	}

	/**
	 * Where a street's list lies for the duty policy: on the street, in its district, and — since one trench
	 * window per street carries every utility network (dig once) — on whichever network the caller's reach is
	 * held to, so an operator sees every street.
	 */
	private static Place trenchWindowOf(StreetCode street, Reach reach) {
		return new Place(street.district().value(), street.value(), null, reach.utility().orElse(null), Map.of());
	}

}
