package cn.bjrenovation.platform.security;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedJwtDecoderTest {

	private final AtomicInteger verifications = new AtomicInteger();

	@Test
	void aTokenIsVerifiedOnceUntilItExpiresAndARefusedOneEveryTime() {
		VerifiedJwtDecoder decoder = new VerifiedJwtDecoder(token -> {
			verifications.incrementAndGet();
			if (token.startsWith("forged")) {
				throw new BadJwtException("bad signature");
			}
			Instant expires = token.startsWith("expired") ? Instant.now().minusSeconds(1) : Instant.now().plusSeconds(600);
			return Jwt.withTokenValue(token).header("alg", "RS256").subject("dev-finance").issuedAt(expires.minusSeconds(3600))
				.expiresAt(expires).build();
		});

		decoder.decode("good");
		decoder.decode("good");
		decoder.decode("expired");
		decoder.decode("expired");
		assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

		assertThat(verifications).hasValue(1 + 2 + 2);
	}

}
