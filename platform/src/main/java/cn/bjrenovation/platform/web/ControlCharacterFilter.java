package cn.bjrenovation.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Refuses a query parameter or a path variable holding NUL or another C0 control character (tab, CR and LF
 * excepted) before anything reads it: 400 problem+json naming the parameter, for every request of every service.
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
			for (Map.Entry<String, String[]> parameter : QueryParameters.of(query).entrySet()) {
				String name = parameter.getKey();
				if (ControlCharacters.firstIn(name) >= 0) {
					problems.add(new FieldProblem("query", "a parameter name " + ControlCharacters.reason(name)));
					continue;
				}
				for (String value : parameter.getValue()) {
					if (ControlCharacters.firstIn(value) >= 0) {
						problems.add(new FieldProblem(name, ControlCharacters.reason(value)));
						break;
					}
				}
			}
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
			return UriUtils.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The query as sent, decoded name by name (the container's own parsing drops what it cannot decode). */
	static final class QueryParameters {

		private QueryParameters() {
		}

		static Map<String, String[]> of(String query) {
			Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
			for (String pair : query.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = decodedOrRaw(equals < 0 ? pair : pair.substring(0, equals));
				String value = equals < 0 ? "" : decodedOrRaw(pair.substring(equals + 1));
				parameters.merge(name, new String[] { value }, (a, b) -> {
					String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
					System.arraycopy(b, 0, both, a.length, b.length);
					return both;
				});
			}
			return parameters;
		}

		private static String decodedOrRaw(String text) {
			try {
				return UriUtils.decode(text.replace('+', ' '), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return text;
			}
		}

	}

}
