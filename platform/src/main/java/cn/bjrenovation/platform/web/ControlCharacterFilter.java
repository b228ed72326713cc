package cn.bjrenovation.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.bjrenovation.platform.problems.Echo;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Refuses, before anything reads them, what no service can read: a query parameter or a path variable holding NUL
 * or another C0 control character (tab, CR and LF excepted), a parameter without a name or not in UTF-8 — 400
 * problem+json naming the parameter — and a body whose Content-Type names no one media type (a wildcard) — 415.
 * For every request of every service.
 * (A path holding {@code %00} the servlet container refuses itself; {@link ProblemErrorReportValve} answers it the
 * same way.)
 */
class ControlCharacterFilter extends OncePerRequestFilter {

	private final PathVariableNames pathVariables;

	ControlCharacterFilter(PathVariableNames pathVariables) {
		this.pathVariables = pathVariables;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<FieldProblem> problems = new ArrayList<>();
		String rawPath = request.getRequestURI();
		String path = decoded(rawPath);
		if (path == null || ControlCharacters.firstIn(path) >= 0) {
			String name = pathVariables.holdingControlCharacter(rawPath);
			problems.add(new FieldProblem(name, path == null ? "is not valid percent-encoded UTF-8"
					: ControlCharacters.reason(path)));
		}
		String query = request.getQueryString();
		if (query != null) {
			QueryParameters.check(query, problems);
		}
		String contentType = request.getContentType();
		if (problems.isEmpty() && contentType != null && !concrete(contentType)) {
			ProblemResponses.write(response, ProblemKinds.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"unsupported-media-type", "Content-Type '" + Echo.cut(contentType, 100)
							+ "' names no one media type; send the body as what it is, e.g. application/json"));
			return;
		}
		if (problems.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		InvalidInputException invalid = new InvalidInputException(problems);
		ProblemResponses.write(response, ProblemKinds.withErrors(
				ProblemKinds.problem(HttpStatus.BAD_REQUEST, "invalid-input", invalid.getMessage()), problems));
	}

	private static String decoded(String raw) {
		try {
			return UriUtils.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Whether a Content-Type names one media type rather than a wildcard, which the framework cannot read a body as
	 * (a 500 there). One that is no media type at all is left to the endpoint, which refuses it with 415 saying what
	 * it accepts.
	 */
	private static boolean concrete(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	/**
	 * The query as sent, read name by name — strictly: the container's own parsing drops, or fails on, what it cannot
	 * decode (a parameter without a name, percent-encoding that is not UTF-8), which must be the caller's 400.
	 */
	static final class QueryParameters {

		private QueryParameters() {
		}

		static void check(String query, List<FieldProblem> problems) {
			for (String pair : query.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = strictlyDecoded(equals < 0 ? pair : pair.substring(0, equals));
				if (name == null) {
					problems.add(new FieldProblem("query", "a parameter name is not valid percent-encoded UTF-8"));
					continue;
				}
				if (name.isEmpty()) {
					problems.add(new FieldProblem("query", "a parameter has no name"));
					continue;
				}
				if (ControlCharacters.firstIn(name) >= 0) {
					problems.add(new FieldProblem("query", "a parameter name " + ControlCharacters.reason(name)));
					continue;
				}
				String value = equals < 0 ? "" : strictlyDecoded(pair.substring(equals + 1));
				if (value == null) {
					problems.add(new FieldProblem(name, "is not valid percent-encoded UTF-8"));
				}
				else if (ControlCharacters.firstIn(value) >= 0) {
					problems.add(new FieldProblem(name, ControlCharacters.reason(value)));
				}
			}
		}

		/** The text percent-decoded as UTF-8 ({@code +} a space), or null when it is not valid. */
		static String strictlyDecoded(String text) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '%') {
					if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
							|| Character.digit(text.charAt(i + 2), 16) < 0) {
						return null;
					}
					bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
					i += 2;
				}
				else {
					byte[] encoded = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
					bytes.write(encoded, 0, encoded.length);
				}
			}
			try {
				return StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes.toByteArray()))
					.toString();
			}
			catch (CharacterCodingException ex) {
				return null;
			}
		}

	}

}
