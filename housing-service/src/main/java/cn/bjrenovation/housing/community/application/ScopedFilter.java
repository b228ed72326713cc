package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.CommunityClaim;
import cn.bjrenovation.housing.community.domain.CommunityFilter;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ForbiddenException;

/**
 * A community query narrowed to what the caller's reach covers: its own district, street or community (or
 * residents' committee) when the grant holds it to one. Asking explicitly for another place is refused rather than silently answered with
 * one's own.
 */
final class ScopedFilter {

	private ScopedFilter() {
	}

	static CommunityFilter narrow(Reach reach, CommunityFilter filter) {
		CommunityFilter narrowed = filter;
		if (reach.district().isPresent()) {
			String own = reach.district().get();
			if (filter.streetCode() != null && !filter.streetCode().startsWith(own)) {
				throw refused(reach, "district " + own, "street " + filter.streetCode());
			}
			narrowed = narrowed.inDistrict(own(reach, filter.districtCode(), own, "district"));
		}
		if (reach.street().isPresent()) {
			String own = reach.street().get();
			if (filter.districtCode() != null && !own.startsWith(filter.districtCode())) {
				throw refused(reach, "street " + own, "district " + filter.districtCode());
			}
			narrowed = narrowed.onStreet(own(reach, filter.streetCode(), own, "street"));
		}
		CommunityFilter scoped = narrowed;
		return CommunityClaim.of(reach).map(claim -> claim.narrow(scoped)).orElse(scoped);
	}

	private static String own(Reach reach, String asked, String own, String what) {
		if (asked != null && !asked.equals(own)) {
			throw refused(reach, what + " " + own, what + " " + asked);
		}
		return own;
	}

	private static ForbiddenException refused(Reach reach, String scope, String asked) {
		return new ForbiddenException(reach.operationId(), "a caller scoped to " + scope + " may not query " + asked);
	}

}
