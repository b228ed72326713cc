package cn.bjrenovation.platform.openapi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Schema names of a description: a top-level class by its simple name ({@code ProjectResponse}), a nested record by
 * its enclosing classes and its own name ({@code ProjectResponse.ItemResponse}), so the many {@code ItemResponse}s
 * and {@code Request}s nested in different responses and controllers stay apart. Two classes that would still share a
 * name are refused: swagger-core would otherwise silently keep one schema for both.
 */
public final class NestedSchemaNames extends TypeNameResolver {

	private final Map<String, Class<?>> named = new ConcurrentHashMap<>();

	@Override
	protected String getNameOfClass(Class<?> type) {
		String name = nestedName(type);
		Class<?> earlier = named.putIfAbsent(name, type);
		if (earlier != null && !earlier.equals(type)) {
			throw new IllegalStateException("two classes would share the schema name " + name + " in the API description: "
					+ earlier.getName() + " and " + type.getName() + "; nest one of them or rename it");
		}
		return name;
	}

	static String nestedName(Class<?> type) {
		StringBuilder name = new StringBuilder(type.getSimpleName());
		for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
			name.insert(0, outer.getSimpleName() + ".");
		}
		return name.toString();
	}

}
