package cn.bjrenovation.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's hand-written checks agree with Spring Security's regular expressions. */
class HeaderCheckTest {

	@Test
	void headerRuleAgreesWithTheDefaultPattern() {
		for (String value : new String[] { "Bearer abc.def", "", "text/csv; charset=utf-8", "劲松北社区", "a\tb", "a\nb",
				"a\u0000b", "\u007f", "a\uFFFFb", "😀", "a\u0378b", null }) {
			assertThat(HeaderFirewall.assignedAndNotControl(value, true)).as("value " + value)
				.isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(value));
			if (value != null) {
				assertThat(HeaderFirewall.assignedAndNotControl(value, false)).as("name " + value)
					.isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(value));
			}
		}
	}

	@Test
	void bearerTokenSyntaxIsRfc6750() {
		assertThat(BearerTokens.isB64Token("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/==")).isTrue();
		assertThat(BearerTokens.isB64Token("abc")).isTrue();
		assertThat(BearerTokens.isB64Token("")).isFalse();
		assertThat(BearerTokens.isB64Token("==")).isFalse();
		assertThat(BearerTokens.isB64Token("abc=def")).isFalse();
		assertThat(BearerTokens.isB64Token("abc def")).isFalse();
		assertThat(BearerTokens.isB64Token("abc\"def")).isFalse();
	}

}
