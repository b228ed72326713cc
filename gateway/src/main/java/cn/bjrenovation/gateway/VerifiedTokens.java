package cn.bjrenovation.gateway;

import java.time.Clock;

import cn.bjrenovation.platform.identity.VerifiedTokenCache;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The gateway's token decoder in front of the {@link VerifiedTokenCache} every port of the suite shares. */
class VerifiedTokens implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final VerifiedTokenCache<Jwt> verified = new VerifiedTokenCache<>(Jwt::getExpiresAt, Clock.systemUTC());

	VerifiedTokens(ReactiveJwtDecoder verifier) {
		this.verifier = verifier;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		return verified.find(token).map(Mono::just)
			.orElseGet(() -> verifier.decode(token).map(jwt -> verified.remember(token, jwt)));
	}

}
