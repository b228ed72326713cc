package cn.bjrenovation.platform.policy;

import cn.bjrenovation.platform.identity.Caller;

/**
 * The reach a grant gives: the whole city, or only objects inside the caller's own district, street, community or
 * utility (the claim of the caller's token that fixes it). {@link Reach} enforces it on every object a service
 * reads, changes or lists.
 */
public enum Scope {

	CITY, DISTRICT, STREET, COMMUNITY, UTILITY;

	/** The caller's own district, street, community or utility that this scope holds it to; null for the city. */
	String of(Caller caller) {
		return switch (this) {
			case CITY -> null;
			case DISTRICT -> caller.districtCode();
			case STREET -> caller.streetCode();
			case COMMUNITY -> caller.communityId();
			case UTILITY -> caller.utility();
		};
	}

	String term() {
		return name().toLowerCase();
	}

}
