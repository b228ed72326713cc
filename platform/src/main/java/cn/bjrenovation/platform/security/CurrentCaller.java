package cn.bjrenovation.platform.security;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.InvalidCallerException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller of the REST request or RPC in hand, from its verified JWT. */
public final class CurrentCaller {

	private CurrentCaller() {
	}

	/**
	 * @throws InvalidCallerException when the work in hand is not authenticated by a JWT naming a caller
	 */
	public static Caller get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			throw new InvalidCallerException("not authenticated by a JWT");
		}
		return Caller.fromClaims(token.getToken().getSubject(), token.getToken().getClaims());
	}

}
