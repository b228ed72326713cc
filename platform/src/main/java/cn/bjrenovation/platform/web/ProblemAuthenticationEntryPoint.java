package cn.bjrenovation.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 from the resource server, with the RFC 6750 {@code WWW-Authenticate} challenge it sets and a
 * problem+json body the gateway and every service share: {@code unauthenticated} without a token,
 * {@code invalid-token} with one that does not verify.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		challenge.commence(request, response, failure);
		String header = response.getHeader(HttpHeaders.WWW_AUTHENTICATE);
		boolean invalid = header != null && header.contains("invalid_token");
		ProblemResponses.write(response, invalid
				? ProblemKinds.problem(HttpStatus.UNAUTHORIZED, "invalid-token",
						"the bearer token does not verify: " + description(header))
				: ProblemKinds.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "a bearer token is required"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		denial.handle(request, response, denied);
		ProblemResponses.write(response,
				ProblemKinds.problem(HttpStatus.FORBIDDEN, "forbidden", "the token does not allow this call"));
	}

	private static String description(String header) {
		int start = header.indexOf("error_description=\"");
		if (start < 0) {
			return "invalid token";
		}
		start += "error_description=\"".length();
		int end = header.indexOf('"', start);
		return end < 0 ? header.substring(start) : header.substring(start, end);
	}

}
