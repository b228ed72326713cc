package cn.bjrenovation.devissuer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.InvalidCallerException;

/**
 * The dev issuer's browser login: the authorization code flow with PKCE (RFC 6749 §4.1, RFC 7636 S256). The page
 * lists the named dev users ({@link DevUsers}); there is no password, as everything about this issuer is for
 * development. A code lives 60 seconds and is redeemed once, by the redirect URI and the verifier it was issued for.
 */
final class DevLogin {

	/** The answer to the browser: a page (status, HTML) or a redirect. */
	record Answer(int status, String html, String redirect) {
	}

	/** What a redeemed code stands for. */
	record Grant(String subject, Map<String, String> claims) {
	}

	static final class InvalidGrantException extends Exception {

		InvalidGrantException(String message) {
			super(message, null, false, false);
		}

	}

	private record Pending(Grant grant, String clientId, String redirectUri, String challenge, Instant expires) {
	}

	private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

	private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43,128}");

	private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

	private static final Pattern COMMUNITY_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

	private final Map<String, Pending> codes = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	DevLogin() {
		this(Clock.systemUTC());
	}

	DevLogin(Clock clock) {
		this.clock = clock;
	}

	/** {@code GET /authorize}: the login page for a well-formed request, else a page saying what is wrong. */
	Answer page(Map<String, String> request) {
		String problem = problemOf(request);
		if (problem != null) {
			return new Answer(400, html("登录请求无效", "<p class=\"error\">" + escape(problem) + "</p>"), null);
		}
		StringBuilder users = new StringBuilder();
		for (DevUsers.DevUser user : DevUsers.ALL) {
			users.append("<form method=\"post\" action=\"/authorize\" class=\"user\">");
			for (String name : new String[] { "response_type", "client_id", "redirect_uri", "state", "code_challenge",
					"code_challenge_method" }) {
				String value = request.get(name);
				if (value != null) {
					users.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
						.append(escape(value)).append("\">");
				}
			}
			users.append("<input type=\"hidden\" name=\"user\" value=\"").append(escape(user.key())).append("\">");
			if (user.needsCommunity()) {
				users.append("<label>小区编号 <input name=\"community\" required pattern=\"[0-9A-Za-z\\-]{1,64}\" ")
					.append("aria-label=\"小区编号\" data-user=\"").append(escape(user.key())).append("\"></label>");
			}
			users.append("<button type=\"submit\" data-user=\"").append(escape(user.key())).append("\">")
				.append(escape(user.label())).append("</button></form>\n");
		}
		return new Answer(200, html("开发环境登录",
				"<p>开发用身份认证：请选择一个开发用户（生产环境使用正式的统一身份认证）。</p>\n" + users), null);
	}

	/** {@code POST /authorize}: the chosen user; a redirect back with a one-time code and the state. */
	Answer choose(Map<String, String> form) {
		String problem = problemOf(form);
		if (problem != null) {
			return new Answer(400, html("登录请求无效", "<p class=\"error\">" + escape(problem) + "</p>"), null);
		}
		DevUsers.DevUser user = DevUsers.byKey(String.valueOf(form.get("user"))).orElse(null);
		if (user == null) {
			return new Answer(400, html("登录请求无效", "<p class=\"error\">未知的开发用户</p>"), null);
		}
		Map<String, String> claims = new LinkedHashMap<>(user.claims());
		String subject = user.subject();
		if (user.needsCommunity()) {
			String community = form.get("community");
			if (community == null || !COMMUNITY_ID.matcher(community).matches()) {
				return new Answer(400, html("登录请求无效", "<p class=\"error\">请填写小区编号</p>"), null);
			}
			claims.put(Caller.COMMUNITY, community);
			subject = subject + "-" + community;
		}
		try {
			Caller.fromClaims(subject, Map.copyOf(claims));
		}
		catch (InvalidCallerException ex) {
			return new Answer(400, html("登录请求无效", "<p class=\"error\">" + escape(ex.getMessage()) + "</p>"), null);
		}
		String code = randomToken();
		codes.put(code, new Pending(new Grant(subject, Map.copyOf(claims)), form.get("client_id"),
				form.get("redirect_uri"), form.get("code_challenge"), clock.instant().plus(CODE_LIFETIME)));
		forgetExpired();
		String redirect = form.get("redirect_uri");
		String separator = redirect.contains("?") ? "&" : "?";
		String state = form.get("state");
		return new Answer(302, null, redirect + separator + "code=" + code
				+ (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)));
	}

	/** {@code grant_type=authorization_code}: the code once, for its redirect URI, client and PKCE verifier. */
	Grant redeem(String code, String redirectUri, String clientId, String verifier) throws InvalidGrantException {
		Pending pending = code == null ? null : codes.remove(code);
		if (pending == null || pending.expires().isBefore(clock.instant())) {
			throw new InvalidGrantException("unknown, used or expired code");
		}
		if (!pending.redirectUri().equals(redirectUri)) {
			throw new InvalidGrantException("redirect_uri differs from the authorization request's");
		}
		if (pending.clientId() != null && clientId != null && !pending.clientId().equals(clientId)) {
			throw new InvalidGrantException("client_id differs from the authorization request's");
		}
		if (verifier == null || !VERIFIER.matcher(verifier).matches()
				|| !MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
						pending.challenge().getBytes(StandardCharsets.US_ASCII))) {
			throw new InvalidGrantException("code_verifier does not match the code_challenge");
		}
		return pending.grant();
	}

	/** The PKCE S256 challenge of a verifier: BASE64URL(SHA-256(ASCII(verifier))), unpadded. */
	static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String problemOf(Map<String, String> request) {
		if (!"code".equals(request.get("response_type"))) {
			return "response_type must be code";
		}
		String challenge = request.get("code_challenge");
		if (challenge == null || !CHALLENGE.matcher(challenge).matches()
				|| !"S256".equals(request.get("code_challenge_method"))) {
			return "PKCE is required: code_challenge with code_challenge_method=S256";
		}
		String redirect = request.get("redirect_uri");
		try {
			URI uri = redirect == null ? null : new URI(redirect);
			if (uri == null || !uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
					|| uri.getFragment() != null) {
				return "redirect_uri must be an absolute http(s) URI without a fragment";
			}
		}
		catch (java.net.URISyntaxException ex) {
			return "redirect_uri is not a URI";
		}
		return null;
	}

	private void forgetExpired() {
		Instant now = clock.instant();
		codes.values().removeIf(pending -> pending.expires().isBefore(now));
	}

	private String randomToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static String html(String title, String body) {
		return """
				<!doctype html>
				<html lang="zh-CN"><head><meta charset="utf-8"><title>%1$s</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<style>
				body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#f0f2f5;margin:0}
				main{max-width:560px;margin:40px auto;background:#fff;padding:24px 32px;border-radius:6px}
				h1{font-size:20px} .user{margin:8px 0;display:flex;gap:8px;align-items:center}
				button{flex:1;padding:8px 12px;text-align:left;border:1px solid #dcdfe6;border-radius:4px;background:#fff;
				cursor:pointer;font-size:14px} button:hover{border-color:#409eff;color:#409eff}
				input{padding:6px} .error{color:#c45656}
				</style></head>
				<body><main><h1>%1$s · 北京市老旧小区综合整治管理平台</h1>
				%2$s
				</main></body></html>
				""".formatted(escape(title), body);
	}

}
