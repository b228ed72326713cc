package cn.bjrenovation.platform.security;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import cn.bjrenovation.platform.identity.TokenLifetime;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * How every service port — REST and gRPC — verifies a bearer token: RS256 signature by the issuer's keys (discovery
 * and JWKS fetched on first use, so a service may start before its issuer), the issuer, the suite's audience, and
 * {@link TokenLifetime} (a token without {@code exp} is refused; Spring's defaults would accept it for ever); a token
 * verified once is remembered until it expires ({@link VerifiedJwtDecoder}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class TokenVerificationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
		String issuer = properties.getJwt().getIssuerUri();
		List<String> audiences = properties.getJwt().getAudiences();
		return new VerifiedJwtDecoder(new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer),
					TokenVerificationAutoConfiguration::lifetime, new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
							audience -> audience != null && !Collections.disjoint(audience, audiences))));
			return decoder;
		}));
	}

	private static OAuth2TokenValidatorResult lifetime(Jwt jwt) {
		return TokenLifetime.refusal(jwt.getExpiresAt(), jwt.getNotBefore(), jwt.getIssuedAt(), Instant.now())
			.map(reason -> OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null)))
			.orElseGet(OAuth2TokenValidatorResult::success);
	}

}
