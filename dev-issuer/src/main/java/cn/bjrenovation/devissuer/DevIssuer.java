package cn.bjrenovation.devissuer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.InvalidCallerException;
import cn.bjrenovation.platform.identity.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A development OIDC issuer: serves discovery and a JWKS, and signs RS256 access tokens for any role and
 * scope of the suite. Used by {@code ./suite up}, {@code ./suite token} and the tests; in production the
 * services and the gateway point at a real OIDC provider instead (only the issuer URI changes).
 *
 * <p>Endpoints: {@code GET /.well-known/openid-configuration}, {@code GET /jwks},
 * {@code POST /token} (form fields {@code role}, {@code sub}, {@code district}, {@code street},
 * {@code community}, {@code utility}; answers {@code {"access_token": ..., "token_type": "Bearer"}}), and for
 * browsers the authorization code flow with PKCE (RFC 7636, S256 only): {@code GET /authorize} shows a login page
 * of named dev users ({@link DevUsers}), choosing one redirects back with a one-time code, and
 * {@code POST /token} with {@code grant_type=authorization_code} exchanges it ({@link DevLogin}).
 */
public final class DevIssuer implements AutoCloseable {

	public static final String AUDIENCE = "renovation-suite";

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

	private final RSAKey key;

	private final HttpServer server;

	private final String issuer;

	private final DevLogin login = new DevLogin();

	private DevIssuer(RSAKey key, HttpServer server, String issuer) {
		this.key = key;
		this.server = server;
		this.issuer = issuer;
	}

	/**
	 * Starts the issuer on {@code 127.0.0.1:port} (0 for any free port).
	 * @param keyFile where the signing key is kept between runs (created when missing), or null for a new key
	 * @param publicUrl the issuer URL tokens name, or null for {@code http://127.0.0.1:<port>}
	 */
	public static DevIssuer start(String host, int port, Path keyFile, String publicUrl) throws IOException {
		RSAKey key = loadOrCreateKey(keyFile);
		HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 32);
		String issuer = publicUrl != null ? publicUrl : "http://127.0.0.1:" + server.getAddress().getPort();
		DevIssuer devIssuer = new DevIssuer(key, server, issuer);
		server.createContext("/.well-known/openid-configuration", devIssuer::discovery);
		server.createContext("/jwks", devIssuer::jwks);
		server.createContext("/token", devIssuer::token);
		server.createContext("/authorize", devIssuer::authorize);
		server.start();
		return devIssuer;
	}

	/** Starts on a free loopback port with a fresh key: for tests. */
	public static DevIssuer startEphemeral() throws IOException {
		return start("127.0.0.1", 0, null, null);
	}

	public String issuerUri() {
		return issuer;
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** The signing key, private part included: tests use it to forge tokens that must be refused. */
	public RSAKey signingKey() {
		return key;
	}

	/** Signs a token for the given claims ({@code role} and the scope claims) and subject. */
	public String mint(String subject, Map<String, String> claims) {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer)
			.subject(subject)
			.audience(AUDIENCE)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plus(TOKEN_LIFETIME)))
			.jwtID(UUID.randomUUID().toString());
		claims.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				builder.claim(name, value);
			}
		});
		return sign(builder.build());
	}

	/**
	 * A token for a role and its scope claims given as name, value pairs, e.g.
	 * {@code tokenFor("DISTRICT", "district", "110105")}; the subject is derived from the role.
	 */
	public String tokenFor(String role, String... scopeClaims) {
		Map<String, String> claims = new LinkedHashMap<>();
		claims.put(Caller.ROLE, role);
		for (int i = 0; i + 1 < scopeClaims.length; i += 2) {
			claims.put(scopeClaims[i], scopeClaims[i + 1]);
		}
		return mint("dev-" + role.toLowerCase(), claims);
	}

	/** Signs arbitrary claims with this issuer's key: tests use it for expired or mis-addressed tokens. */
	public String sign(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot sign a dev token", ex);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void discovery(HttpExchange exchange) throws IOException {
		respond(exchange, 200, """
				{"issuer":"%1$s","jwks_uri":"%1$s/jwks","token_endpoint":"%1$s/token",\
				"authorization_endpoint":"%1$s/authorize",\
				"response_types_supported":["code","token"],"subject_types_supported":["public"],\
				"id_token_signing_alg_values_supported":["RS256"],\
				"code_challenge_methods_supported":["S256"],\
				"grant_types_supported":["client_credentials","authorization_code"]}""".formatted(issuer));
	}

	private void jwks(HttpExchange exchange) throws IOException {
		respond(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
	}

	private void token(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			respond(exchange, 405, "{\"error\":\"invalid_request\",\"error_description\":\"use POST\"}");
			return;
		}
		Map<String, String> form = parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		if ("authorization_code".equals(form.get("grant_type"))) {
			exchangeCode(exchange, form);
			return;
		}
		String subject = form.remove("sub");
		try {
			Role role = Role.valueOf(String.valueOf(form.get(Caller.ROLE)));
			String sub = subject != null ? subject : "dev-" + role.name().toLowerCase();
			Map<String, Object> claims = new LinkedHashMap<>(form);
			Caller.fromClaims(sub, claims);
			respond(exchange, 200, "{\"access_token\":\"" + mint(sub, form)
					+ "\",\"token_type\":\"Bearer\",\"expires_in\":" + TOKEN_LIFETIME.toSeconds() + "}");
		}
		catch (IllegalArgumentException | InvalidCallerException ex) {
			respond(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\""
					+ ex.getMessage().replace("\"", "'") + "\"}");
		}
	}

	/** The login page (GET) and the choice of a user on it (POST): a redirect back with a one-time code. */
	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> parameters;
		if ("GET".equals(exchange.getRequestMethod())) {
			parameters = parseForm(String.valueOf(exchange.getRequestURI().getRawQuery()));
		}
		else if ("POST".equals(exchange.getRequestMethod())) {
			parameters = parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		}
		else {
			respond(exchange, 405, "{\"error\":\"invalid_request\",\"error_description\":\"use GET or POST\"}");
			return;
		}
		DevLogin.Answer answer = "GET".equals(exchange.getRequestMethod()) ? login.page(parameters)
				: login.choose(parameters);
		if (answer.redirect() != null) {
			exchange.getResponseHeaders().set("Location", answer.redirect());
			exchange.getResponseHeaders().set("Cache-Control", "no-store");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
			return;
		}
		byte[] body = answer.html().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
		exchange.sendResponseHeaders(answer.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/** {@code grant_type=authorization_code}: the code, its redirect URI and the PKCE verifier, once. */
	private void exchangeCode(HttpExchange exchange, Map<String, String> form) throws IOException {
		try {
			DevLogin.Grant grant = login.redeem(form.get("code"), form.get("redirect_uri"), form.get("client_id"),
					form.get("code_verifier"));
			respond(exchange, 200, "{\"access_token\":\"" + mint(grant.subject(), grant.claims())
					+ "\",\"token_type\":\"Bearer\",\"expires_in\":" + TOKEN_LIFETIME.toSeconds() + "}");
		}
		catch (DevLogin.InvalidGrantException ex) {
			respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\""
					+ ex.getMessage().replace("\"", "'") + "\"}");
		}
	}

	private static Map<String, String> parseForm(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static RSAKey loadOrCreateKey(Path keyFile) throws IOException {
		try {
			if (keyFile != null && Files.exists(keyFile)) {
				return RSAKey.parse(Files.readString(keyFile));
			}
			RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(UUID.randomUUID().toString())
				.generate();
			if (keyFile != null) {
				Files.createDirectories(keyFile.toAbsolutePath().getParent());
				Files.writeString(keyFile, key.toJSONString());
			}
			return key;
		}
		catch (JOSEException | ParseException ex) {
			throw new IOException("cannot load or create the dev signing key " + keyFile, ex);
		}
	}

}
