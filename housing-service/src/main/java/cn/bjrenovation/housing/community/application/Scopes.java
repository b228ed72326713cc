package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.CommunityFilter;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.problems.ForbiddenException;

/** Object scope (属地): what a scoped caller may see and change. */
public final class Scopes {

	private Scopes() {
	}

	/** A district acts only inside its own district; city-wide callers anywhere. */
	public static void requireDistrict(Caller caller, String districtCode, String operation) {
		if (caller.role() == Role.DISTRICT && !caller.coversDistrict(districtCode)) {
			throw new ForbiddenException(operation, "district " + caller.districtCode()
					+ " may act only on its own district, not on " + districtCode);
		}
	}

	/**
	 * Narrows a filter to the caller's scope. Asking explicitly for another district or street is refused
	 * rather than silently answered with one's own.
	 */
	public static CommunityFilter restrict(Caller caller, CommunityFilter filter, String operation) {
		return switch (caller.role().requiredScope()) {
			case DISTRICT -> {
				if (filter.streetCode() != null && !filter.streetCode().startsWith(caller.districtCode())) {
					throw refused("district " + caller.districtCode(), "street " + filter.streetCode(), operation);
				}
				yield filter.inDistrict(own(filter.districtCode(), caller.districtCode(), "district", operation));
			}
			case STREET -> {
				if (filter.districtCode() != null && !caller.streetCode().startsWith(filter.districtCode())) {
					throw refused("street " + caller.streetCode(), "district " + filter.districtCode(), operation);
				}
				yield filter.onStreet(own(filter.streetCode(), caller.streetCode(), "street", operation));
			}
			case COMMUNITY -> filter.onlyCommunity(caller.communityId());
			case NONE, UTILITY -> filter;
		};
	}

	private static String own(String asked, String own, String what, String operation) {
		if (asked != null && !asked.equals(own)) {
			throw new ForbiddenException(operation, "a caller scoped to " + what + " " + own
					+ " may not query " + what + " " + asked);
		}
		return own;
	}

	private static ForbiddenException refused(String scope, String asked, String operation) {
		return new ForbiddenException(operation, "a caller scoped to " + scope + " may not query " + asked);
	}

}
