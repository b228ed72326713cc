package cn.bjrenovation.platform.security;

import java.time.Clock;

import cn.bjrenovation.platform.identity.VerifiedTokenCache;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A service port's token decoder (REST and gRPC) in front of the {@link VerifiedTokenCache} the gateway uses too: a
 * token verified once is not verified again until it expires.
 */
class VerifiedJwtDecoder implements JwtDecoder {

	private final JwtDecoder verifier;

	private final VerifiedTokenCache<Jwt> verified = new VerifiedTokenCache<>(Jwt::getExpiresAt, Clock.systemUTC());

	VerifiedJwtDecoder(JwtDecoder verifier) {
		this.verifier = verifier;
	}

	@Override
	public Jwt decode(String token) {
		return verified.find(token).orElseGet(() -> verified.remember(token, verifier.decode(token)));
	}

}
