package cn.bjrenovation.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Names the path variable of the service's routes that holds a refused character, from the raw (still
 * percent-encoded) path — before any handler is chosen, even when the servlet container itself refused the path.
 */
final class PathVariableNames {

	private final Supplier<RequestMappingHandlerMapping> mapping;

	private volatile List<PathPattern> patterns;

	PathVariableNames(Supplier<RequestMappingHandlerMapping> mapping) {
		this.mapping = mapping;
	}

	/** The variable holding a control character, else {@code "path"}. */
	String holdingControlCharacter(String rawPath) {
		try {
			return named(rawPath);
		}
		catch (RuntimeException ex) {
			return "path";
		}
	}

	private String named(String rawPath) {
		PathContainer path;
		try {
			path = PathContainer.parsePath(rawPath);
		}
		catch (RuntimeException ex) {
			return "path";
		}
		for (PathPattern pattern : patterns()) {
			PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
			if (match == null) {
				continue;
			}
			for (Map.Entry<String, String> variable : match.getUriVariables().entrySet()) {
				if (ControlCharacters.firstIn(variable.getValue()) >= 0) {
					return variable.getKey();
				}
			}
		}
		return "path";
	}

	private List<PathPattern> patterns() {
		List<PathPattern> known = patterns;
		if (known == null) {
			RequestMappingHandlerMapping handlers = mapping.get();
			known = handlers == null ? List.of()
					: handlers.getHandlerMethods()
						.keySet()
						.stream()
						.map(RequestMappingInfo::getPathPatternsCondition)
						.filter(Objects::nonNull)
						.flatMap(condition -> condition.getPatterns().stream())
						.sorted()
						.toList();
			patterns = known;
		}
		return known;
	}

}
