package cn.bjrenovation.platform.identity;

import java.util.Map;

/**
 * Who is calling, as the verified token says: subject, role and the scope the role acts in.
 *
 * @param districtCode 6-digit district code (DISTRICT), or the district of a street-scoped caller
 * @param streetCode 9-digit street code (STREET, PLANNER)
 * @param communityId community id (COMMUNITY_ORG)
 * @param utility utility kind (OPERATOR), e.g. {@code water}
 */
public record Caller(String subject, Role role, String districtCode, String streetCode, String communityId,
		String utility) {

	public static final String ROLE = "role";

	public static final String DISTRICT = "district";

	public static final String STREET = "street";

	public static final String COMMUNITY = "community";

	public static final String UTILITY = "utility";

	/**
	 * Reads a caller from verified JWT claims.
	 * @throws InvalidCallerException when the role is missing or unknown, or the scope claim it needs is absent
	 */
	public static Caller fromClaims(String subject, Map<String, Object> claims) {
		Object roleClaim = claims.get(ROLE);
		if (subject == null || subject.isBlank()) {
			throw new InvalidCallerException("token has no subject");
		}
		if (!(roleClaim instanceof String roleName)) {
			throw new InvalidCallerException("token has no role claim");
		}
		Role role;
		try {
			role = Role.valueOf(roleName);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCallerException("unknown role " + roleName);
		}
		String street = text(claims, STREET);
		String district = text(claims, DISTRICT);
		if (district == null && street != null && street.length() >= 6) {
			district = street.substring(0, 6);
		}
		Caller caller = new Caller(subject, role, district, street, text(claims, COMMUNITY), text(claims, UTILITY));
		caller.requireScopeClaim();
		return caller;
	}

	private void requireScopeClaim() {
		if (role.requiredScope() == Role.ScopeClaim.NONE) {
			return;
		}
		String claim = switch (role.requiredScope()) {
			case NONE -> null;
			case DISTRICT -> districtCode;
			case STREET -> streetCode;
			case COMMUNITY -> communityId;
			case UTILITY -> utility;
		};
		if (claim == null || claim.isBlank()) {
			throw new InvalidCallerException(
					role + " token lacks its " + role.requiredScope().name().toLowerCase() + " claim");
		}
	}

	/** The caller's own place as one readable term, e.g. {@code district=110105}; empty for city-wide callers. */
	public String scopeTerm() {
		return switch (role.requiredScope()) {
			case NONE -> "";
			case DISTRICT -> "district=" + districtCode;
			case STREET -> "street=" + streetCode;
			case COMMUNITY -> "community=" + communityId;
			case UTILITY -> "utility=" + utility;
		};
	}

	private static String text(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		return value instanceof String s && !s.isBlank() ? s : null;
	}

}
