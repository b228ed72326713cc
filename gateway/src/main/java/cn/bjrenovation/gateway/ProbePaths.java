package cn.bjrenovation.gateway;

/**
 * The actuator paths open to probes without a token: {@code /actuator/health}, {@code /actuator/health/**},
 * {@code /actuator/info}. A plain prefix test: pattern matchers cost every call.
 */
final class ProbePaths {

	private ProbePaths() {
	}

	static boolean isProbe(String path) {
		return path.equals("/actuator/health") || path.startsWith("/actuator/health/") || path.equals("/actuator/info");
	}

}
