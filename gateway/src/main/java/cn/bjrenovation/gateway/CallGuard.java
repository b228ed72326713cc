package cn.bjrenovation.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.InvalidCallerException;
import cn.bjrenovation.platform.policy.Decision;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Operation;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every call through the gateway, in one pass: Spring Security's strict firewall (400), the bearer token
 * verified against the OIDC issuer (401 — signature, issuer, audience, expiry; a client address sending too many
 * calls without a valid token gets 429 instead), the caller's rate (429, counted across every gateway instance in
 * Redis: {@link SharedCallerRateLimit}) and,
 * for {@code /api/**}, the duty policy (403 naming the operation and the duty). Only the probes
 * ({@link ProbePaths}), the console's page and login ({@link ConsolePaths}) and the policy's public operations (公示,
 * {@link #publicCall}: a GET under {@code /api/public/}, limited per client address) pass without a token; the console's
 * calls carry its login's session cookie instead ({@link #fromSession}). What passes reaches the route with the caller in the exchange
 * ({@link #CALLER}) and its token unchanged in {@code Authorization}: the service verifies and decides again.
 *
 * <p>One filter rather than a Spring Security filter chain: a stateless token check needs no security
 * context, session, request cache, logout or exception translation, and on a gateway every filter costs
 * every call.
 */
class CallGuard implements WebFilter, Ordered {

	/** The verified caller, for {@link CallAudit} and the gateway's own endpoints. */
	static final String CALLER = "cn.bjrenovation.gateway.caller";

	/** The operation matched in the policy, when one is. */
	static final String OPERATION = "cn.bjrenovation.gateway.operation";

	/** Why the call was refused, when it was. */
	static final String REFUSAL = "cn.bjrenovation.gateway.refusal";

	/**
	 * Set on a call without a valid token refused because its address sent too many such calls: answered 429 but not
	 * appended to the audit trail one by one, so a flood of unauthenticated calls cannot flood the trail.
	 */
	static final String UNRECORDED = "cn.bjrenovation.gateway.unrecorded";

	private final ServerWebExchangeFirewall firewall;

	private final ReactiveJwtDecoder tokens;

	private final SharedCallerRateLimit rateLimit;

	/** The longest path and query a call may have; no operation of the suite needs more than a few hundred bytes. */
	static final int MAX_REQUEST_TARGET = 8192;

	/** Calls without a valid token, per client address: they have no caller to be limited as. */
	private final CallerRateLimit anonymousLimit;

	/** Calls of the policy's public operations (公示), per client address: they have no caller either. */
	private final CallerRateLimit publicLimit;

	private final DutyPolicy policy;

	/** The header a console call that changes something must carry (any value). */
	static final String REQUESTED_WITH = "X-Requested-With";

	private final ConsoleSessions sessions;

	CallGuard(ServerWebExchangeFirewall firewall, ReactiveJwtDecoder tokens, SharedCallerRateLimit rateLimit,
			CallerRateLimit anonymousLimit, CallerRateLimit publicLimit, DutyPolicy policy, ConsoleSessions sessions) {
		this.sessions = sessions;
		this.publicLimit = publicLimit;
		this.firewall = firewall;
		this.tokens = tokens;
		this.rateLimit = rateLimit;
		this.anonymousLimit = anonymousLimit;
		this.policy = policy;
	}

	/** After {@link CallAudit}, which must see the refusals, and before everything else. */
	@Override
	public int getOrder() {
		return CallAudit.ORDER + 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return firewall.getFirewalledExchange(exchange)
			.flatMap(checked -> guard(checked, chain))
			.onErrorResume(ServerExchangeRejectedException.class, rejected -> Refusals.rejected(exchange, rejected));
	}

	private Mono<Void> guard(ServerWebExchange exchange, WebFilterChain chain) {
		Refusals.addSecurityHeaders(exchange.getResponse());
		if (exchange.getRequest().getURI().getRawPath().length()
				+ String.valueOf(exchange.getRequest().getURI().getRawQuery()).length() > MAX_REQUEST_TARGET) {
			return Refusals.uriTooLong(exchange, MAX_REQUEST_TARGET);
		}
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (ProbePaths.isProbe(path) || ConsolePaths.isPublic(path)) {
			return chain.filter(exchange);
		}
		Optional<Operation> open = policy.publicOperation(exchange.getRequest().getMethod().name(), path);
		if (open.isPresent()) {
			return publicCall(exchange, chain, open.get());
		}
		String token;
		try {
			token = BearerTokens.tokenOf(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
		}
		catch (BearerTokens.MalformedTokenException malformed) {
			return refuseAnonymous(exchange, () -> Refusals.unauthorized(exchange, malformed.getMessage()));
		}
		if (token == null) {
			return fromSession(exchange, chain, path);
		}
		return verified(exchange, chain, path, token);
	}

	private Mono<Void> verified(ServerWebExchange exchange, WebFilterChain chain, String path, String token) {
		return tokens.decode(token)
			.onErrorResume(JwtException.class, failure -> refuseToken(exchange, failure).then(Mono.empty()))
			.flatMap(jwt -> admit(exchange, chain, path, jwt.getSubject(), jwt.getClaims()));
	}

	/**
	 * A call of the web console: no {@code Authorization} header but the session cookie of a login
	 * ({@link ConsoleLogin}). Its token goes on as the bearer token, checked like any other; the cookie does not go
	 * on. A state-changing call must also carry {@code X-Requested-With}, which no other site's form or link can
	 * set (with the cookie's SameSite=Lax, a second defence against cross-site request forgery).
	 */
	private Mono<Void> fromSession(ServerWebExchange exchange, WebFilterChain chain, String path) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(ConsoleSessions.COOKIE);
		if (cookie == null) {
			return refuseAnonymous(exchange, () -> Refusals.unauthenticated(exchange));
		}
		return sessions.tokenOf(cookie.getValue())
			.flatMap(token -> token.isEmpty() ? refuseAnonymous(exchange, () -> Refusals.unauthenticated(exchange))
					: withSessionToken(exchange, chain, path, token.get()));
	}

	private Mono<Void> withSessionToken(ServerWebExchange exchange, WebFilterChain chain, String path, String token) {
		HttpMethod method = exchange.getRequest().getMethod();
		if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method))
				&& exchange.getRequest().getHeaders().getFirst(REQUESTED_WITH) == null) {
			exchange.getAttributes().put(REFUSAL, "console call without " + REQUESTED_WITH);
			return Refusals.problem(exchange, HttpStatus.FORBIDDEN, "csrf",
					"a console call that changes something must carry the " + REQUESTED_WITH + " header");
		}
		ServerWebExchange withToken = exchange.mutate().request(request -> request.headers(headers -> {
			headers.setBearerAuth(token);
			headers.remove(HttpHeaders.COOKIE);
		})).build();
		return verified(withToken, chain, path, token);
	}

	private Mono<Void> admit(ServerWebExchange exchange, WebFilterChain chain, String path, String subject,
			Map<String, Object> claims) {
		ServerHttpRequest request = exchange.getRequest();
		String method = request.getMethod().name();
		Caller caller;
		try {
			caller = Caller.fromClaims(subject, claims);
		}
		catch (InvalidCallerException unusable) {
			return refuse(exchange, new Decision.Refused(method + " " + path, unusable.getMessage()));
		}
		exchange.getAttributes().put(CALLER, caller);
		if (!path.startsWith("/api/")) {
			return chain.filter(exchange);
		}
		return rateLimit.take(caller.subject()).flatMap(wait -> {
			if (!wait.isZero()) {
				exchange.getAttributes().put(REFUSAL, "rate limit");
				return Refusals.tooManyCalls(exchange, wait);
			}
			Optional<Operation> operation = policy.forRequest(method, path);
			operation.ifPresent(found -> exchange.getAttributes().put(OPERATION, found.id()));
			Decision decision = policy.decide(caller, operation, method + " " + path);
			return decision instanceof Decision.Refused refused ? refuse(exchange, refused) : chain.filter(exchange);
		});
	}

	/**
	 * A public operation of the policy (公示, the notice board): anyone's, so no token is asked for or read, and none
	 * goes on — the service answers it without a caller. Limited per client address ({@link #publicLimit}); neither
	 * the answers nor the 429s are appended to the audit trail one by one: they read only what is published, and a
	 * resident's page views must not flood the trail.
	 */
	private Mono<Void> publicCall(ServerWebExchange exchange, WebFilterChain chain, Operation operation) {
		exchange.getAttributes().put(OPERATION, operation.id());
		exchange.getAttributes().put(UNRECORDED, Boolean.TRUE);
		Duration wait = publicLimit.take(addressOf(exchange), System.nanoTime());
		if (!wait.isZero()) {
			exchange.getAttributes().put(REFUSAL, "public rate limit");
			return Refusals.tooManyCalls(exchange, wait);
		}
		return chain.filter(exchange.mutate().request(request -> request.headers(headers -> {
			headers.remove(HttpHeaders.AUTHORIZATION);
			headers.remove(HttpHeaders.COOKIE);
		})).build());
	}

	/** A forged, expired or misaddressed token is the caller's fault (401); keys out of reach are not (503). */
	private Mono<Void> refuseToken(ServerWebExchange exchange, JwtException failure) {
		return failure instanceof BadJwtException invalid
				? refuseAnonymous(exchange, () -> Refusals.unauthorized(exchange, invalid.getMessage()))
				: Refusals.issuerUnavailable(exchange, failure);
	}

	/**
	 * A call without a valid token gets its 401 while its address stays within the anonymous limit; beyond it, a 429
	 * that is counted but not recorded call by call.
	 */
	private Mono<Void> refuseAnonymous(ServerWebExchange exchange, Supplier<Mono<Void>> refusal) {
		Duration wait = anonymousLimit.take(addressOf(exchange), System.nanoTime());
		if (wait.isZero()) {
			return refusal.get();
		}
		exchange.getAttributes().put(UNRECORDED, Boolean.TRUE);
		return Refusals.tooManyCalls(exchange, wait);
	}

	private static String addressOf(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return remote == null ? "unknown" : remote.getHostString();
	}

	private static Mono<Void> refuse(ServerWebExchange exchange, Decision.Refused refused) {
		exchange.getAttributes().put(REFUSAL, refused.reason());
		return Refusals.forbidden(exchange, refused);
	}

}
