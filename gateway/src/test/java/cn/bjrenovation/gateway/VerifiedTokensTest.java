package cn.bjrenovation.gateway;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

	private final AtomicInteger verifications = new AtomicInteger();

	@Test
	void aVerifiedTokenIsNotVerifiedAgainUntilItExpires() {
		VerifiedTokens tokens = new VerifiedTokens(token -> {
			verifications.incrementAndGet();
			return Mono.just(jwt(token, Instant.now().plusSeconds(600)));
		});

		tokens.decode("a").block();
		tokens.decode("a").block();

		assertThat(verifications).hasValue(1);
	}

	@Test
	void anExpiredTokenIsVerifiedAfreshAndAnyOtherTextToo() {
		VerifiedTokens tokens = new VerifiedTokens(token -> {
			verifications.incrementAndGet();
			return Mono.just(jwt(token, Instant.now().minusSeconds(1)));
		});

		tokens.decode("a").block();
		tokens.decode("a").block();
		tokens.decode("b").block();

		assertThat(verifications).hasValue(3);
	}

	@Test
	void aRefusedTokenIsNeverRemembered() {
		VerifiedTokens tokens = new VerifiedTokens(token -> {
			verifications.incrementAndGet();
			return Mono.error(new JwtException("bad signature"));
		});

		assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(JwtException.class);
		assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(JwtException.class);
		assertThat(verifications).hasValue(2);
	}

	private static Jwt jwt(String token, Instant expiresAt) {
		return Jwt.withTokenValue(token).header("alg", "RS256").subject("dev-housing").claim("role", "HOUSING")
			.issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt).build();
	}

}
