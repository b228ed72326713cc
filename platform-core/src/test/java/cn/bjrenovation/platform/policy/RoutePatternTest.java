package cn.bjrenovation.platform.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutePatternTest {

	private final RoutePattern route = RoutePattern.parse("/api/housing/communities/{communityId}/history");

	@Test
	void literalSegmentsMatchExactlyAndAVariableMatchesOneSegment() {
		assertThat(route.matches("/api/housing/communities/3f1c/history")).isTrue();
		assertThat(route.matches("/api/housing/communities/3f1c/other")).isFalse();
		assertThat(route.matches("/api/housing/communities/a/b/history")).isFalse();
	}

	@Test
	void emptySegmentsTrailingSlashesAndPathParametersMatchNothing() {
		assertThat(route.matches("/api/housing/communities//history")).isFalse();
		assertThat(route.matches("/api/housing/communities/3f1c/history/")).isFalse();
		assertThat(route.matches("/api/housing/communities/3f1c;x=1/history")).isFalse();
		assertThat(route.matches("api/housing/communities/3f1c/history")).isFalse();
	}

}
