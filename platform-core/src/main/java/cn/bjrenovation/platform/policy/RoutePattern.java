package cn.bjrenovation.platform.policy;

import java.util.List;

/**
 * A REST route of the policy, e.g. {@code /api/housing/communities/{communityId}}: literal segments match
 * themselves exactly, a {@code {name}} segment matches any one non-empty segment. Nothing else is special, so a
 * path with a trailing slash, an empty segment or a path parameter ({@code ;x=1}) matches no route and is refused
 * by default deny.
 */
record RoutePattern(String text, List<String> segments) {

	static RoutePattern parse(String text) {
		if (!text.startsWith("/")) {
			throw new IllegalArgumentException("a route starts with '/': " + text);
		}
		return new RoutePattern(text, List.of(text.substring(1).split("/", -1)));
	}

	boolean matches(String path) {
		if (path == null || !path.startsWith("/")) {
			return false;
		}
		String[] parts = path.substring(1).split("/", -1);
		if (parts.length != segments.size()) {
			return false;
		}
		for (int i = 0; i < parts.length; i++) {
			String segment = segments.get(i);
			boolean variable = segment.startsWith("{") && segment.endsWith("}");
			if (variable ? parts[i].isEmpty() || parts[i].indexOf(';') >= 0 : !segment.equals(parts[i])) {
				return false;
			}
		}
		return true;
	}

}
