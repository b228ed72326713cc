package cn.bjrenovation.gateway;

import java.time.Instant;

import cn.bjrenovation.platform.identity.TokenLifetime;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** The suite's {@link TokenLifetime} rule (exp required, nbf and iat honoured) as Spring Security's validator. */
final class TokenLifetimeCheck implements OAuth2TokenValidator<Jwt> {

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		return TokenLifetime.refusal(jwt.getExpiresAt(), jwt.getNotBefore(), jwt.getIssuedAt(), Instant.now())
			.map(reason -> OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null)))
			.orElseGet(OAuth2TokenValidatorResult::success);
	}

}
