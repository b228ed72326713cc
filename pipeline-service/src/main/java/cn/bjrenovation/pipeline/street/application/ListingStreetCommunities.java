package cn.bjrenovation.pipeline.street.application;

import java.util.List;

import cn.bjrenovation.pipeline.street.domain.StreetCode;
import cn.bjrenovation.pipeline.street.domain.StreetCommunities;
import cn.bjrenovation.pipeline.street.domain.StreetCommunity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the communities a street's trench window must reach, in name order. Every role holding this duty
 * acts city-wide (the commission, 发改委) or per utility network, which runs through every street, so there
 * is no object scope to narrow the list by. A street nobody registered a community on lists empty.
 */
@Service
public class ListingStreetCommunities {

	private final StreetCommunities communities;

	ListingStreetCommunities(StreetCommunities communities) {
		this.communities = communities;
	}

	@Transactional(readOnly = true)
	public List<StreetCommunity> on(StreetCode street) {
		return communities.on(street).stream().sorted(StreetCommunity.IN_NAME_ORDER).toList();
	}

}
