package cn.bjrenovation.gateway;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The console's login through the OIDC issuer, held at the gateway (backend for frontend): {@code GET /auth/login}
 * sends the browser to the issuer's authorization endpoint (authorization code with PKCE, S256);
 * {@code GET /auth/callback} redeems the code at the issuer's token endpoint, verifies the token like any other,
 * and opens a session whose id goes to the browser as an HttpOnly, SameSite=Lax cookie — the token itself never
 * leaves the gateway; {@code POST /auth/logout} closes the session and clears the cookie.
 * {@link CallGuard} then puts the session's token on the console's {@code /api/} calls.
 */
@RestController
class ConsoleLogin {

	private final GatewaySettings settings;

	private final ConsoleSessions sessions;

	private final ReactiveJwtDecoder tokens;

	private final WebClient issuer = WebClient.create();

	/** The issuer's discovery document, fetched on the first login (the issuer may start after the gateway). */
	private volatile Map<String, Object> discovery;

	private final Clock clock;

	ConsoleLogin(GatewaySettings settings, ConsoleSessions sessions, ReactiveJwtDecoder tokens, Clock clock) {
		this.clock = clock;
		this.settings = settings;
		this.sessions = sessions;
		this.tokens = tokens;
	}

	@GetMapping("/auth/login")
	Mono<Void> login(ServerWebExchange exchange) {
		return discovery().flatMap(document -> {
			if (!(document.get("authorization_endpoint") instanceof String)) {
				return Refusals.issuerUnavailable(exchange,
						new IllegalStateException("the OIDC issuer's discovery document names no authorization_endpoint"));
			}
			return sessions.beginLogin(redirectUri(exchange.getRequest()))
				.flatMap(start -> redirect(exchange, authorizeUri(document, start, exchange.getRequest())));
		}).onErrorResume(failure -> !(failure instanceof IllegalArgumentException),
				failure -> Refusals.issuerUnavailable(exchange, new IllegalStateException(failure)));
	}

	private URI authorizeUri(Map<String, Object> document, ConsoleSessions.LoginStart start, ServerHttpRequest request) {
		return UriComponentsBuilder.fromUriString(String.valueOf(document.get("authorization_endpoint")))
			.queryParam("response_type", "code")
			.queryParam("client_id", settings.console().clientId())
			.queryParam("redirect_uri", redirectUri(request))
			.queryParam("scope", "openid")
			.queryParam("state", start.state())
			.queryParam("code_challenge", start.challenge())
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUri();
	}

	@GetMapping("/auth/callback")
	Mono<Void> callback(ServerWebExchange exchange, @RequestParam(required = false) String code,
			@RequestParam(required = false) String state, @RequestParam(required = false) String error) {
		if (error != null) {
			return redirect(exchange, URI.create("/"));
		}
		return sessions.finishLogin(state).flatMap(login -> login.isEmpty() || code == null
				? Refusals.problem(exchange, HttpStatus.BAD_REQUEST, "invalid-input",
						"state: unknown or expired login; start again at /auth/login")
				: redeem(exchange, code, login.get()));
	}

	private Mono<Void> redeem(ServerWebExchange exchange, String code, ConsoleSessions.PendingLogin login) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "authorization_code");
		form.add("code", code);
		form.add("redirect_uri", login.redirectUri());
		form.add("client_id", settings.console().clientId());
		form.add("code_verifier", login.verifier());
		return discovery()
			.flatMap(document -> issuer.post()
				.uri(String.valueOf(document.get("token_endpoint")))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData(form))
				.retrieve()
				.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.timeout(Duration.ofSeconds(5)))
			.flatMap(answer -> tokens.decode(String.valueOf(answer.get("access_token"))))
			.flatMap(jwt -> sessions.open(jwt.getTokenValue(), jwt.getExpiresAt()).flatMap(session -> {
				exchange.getResponse()
					.addCookie(ResponseCookie.from(ConsoleSessions.COOKIE, session)
						.httpOnly(true)
						.secure("https".equals(exchange.getRequest().getURI().getScheme()))
						.sameSite("Lax")
						.path("/")
						.maxAge(Duration.between(clock.instant(), jwt.getExpiresAt()))
						.build());
				return redirect(exchange, URI.create("/"));
			}))
			.onErrorResume(JwtException.class, refused -> Refusals.unauthorized(exchange, refused.getMessage()))
			.onErrorResume(failure -> !(failure instanceof JwtException),
					failure -> Refusals.issuerUnavailable(exchange, new IllegalStateException(failure)));
	}

	@PostMapping("/auth/logout")
	Mono<Void> logout(ServerWebExchange exchange) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(ConsoleSessions.COOKIE);
		return sessions.close(cookie == null ? null : cookie.getValue()).then(Mono.defer(() -> {
			exchange.getResponse()
				.addCookie(ResponseCookie.from(ConsoleSessions.COOKIE, "").httpOnly(true).sameSite("Lax").path("/").maxAge(0).build());
			exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
			return exchange.getResponse().setComplete();
		}));
	}

	private Mono<Map<String, Object>> discovery() {
		Map<String, Object> known = discovery;
		if (known != null) {
			return Mono.just(known);
		}
		return issuer.get()
			.uri(settings.jwt().issuerUri() + "/.well-known/openid-configuration")
			.retrieve()
			.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.timeout(Duration.ofSeconds(5))
			.doOnNext(document -> discovery = document);
	}

	/** Where the issuer sends the browser back: the configured console URL, else this request's own origin. */
	private String redirectUri(ServerHttpRequest request) {
		String base = settings.console().publicUrl();
		if (base == null || base.isBlank()) {
			URI uri = request.getURI();
			base = uri.getScheme() + "://" + uri.getRawAuthority();
		}
		return base.replaceAll("/+$", "") + "/auth/callback";
	}

	private static Mono<Void> redirect(ServerWebExchange exchange, URI location) {
		exchange.getResponse().setStatusCode(HttpStatus.FOUND);
		exchange.getResponse().getHeaders().set(HttpHeaders.LOCATION, location.toString());
		return exchange.getResponse().setComplete();
	}

}
