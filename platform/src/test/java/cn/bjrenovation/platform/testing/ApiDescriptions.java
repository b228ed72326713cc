package cn.bjrenovation.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A service's OpenAPI description ({@code GET /api/<service>/openapi}) against the console's snapshot of it
 * ({@code console/openapi/<service>.json}), from which the console's typed API modules are generated: a field renamed
 * in Java without the snapshot regenerated fails the Java build here — and, once regenerated, the console's type-check
 * wherever the console still reads the old name. Every documented operation must name its entry of the duty policy
 * ({@code x-duty}). {@code -Dopenapi.update=true} writes the live description to the snapshot instead of failing.
 */
public final class ApiDescriptions {

	/** The system property (a Maven property on the command line) that rewrites the snapshot. */
	public static final String UPDATE = "openapi.update";

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ApiDescriptions() {
	}

	/** Where the console keeps a service's snapshot: {@code console/openapi/<service>.json} beside the module. */
	public static Path snapshot(String service) {
		Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
		return module.toAbsolutePath().getParent().resolve("console").resolve("openapi").resolve(service + ".json");
	}

	/**
	 * Reads the service's description as a logged-in caller and checks it: every operation names its duty, and the
	 * whole equals the console's snapshot (or, with {@code -Dopenapi.update=true}, becomes it).
	 */
	public static void assertMatchesConsoleSnapshot(LocalHttp http, String service) {
		ResponseEntity<JsonNode> answer = http.get(TestInfrastructure.token("HOUSING"), "/api/" + service + "/openapi");
		assertThat(answer.getStatusCode().value()).as("GET /api/%s/openapi: %s", service, answer.getBody())
			.isEqualTo(200);
		JsonNode live = answer.getBody();
		assertThat(operationsWithoutDuty(live))
			.as("operations of %s's description with no entry in policy/duties.yml (no x-duty)", service)
			.isEmpty();
		Path snapshot = snapshot(service);
		if (Boolean.getBoolean(UPDATE)) {
			write(snapshot, live);
			return;
		}
		if (!Files.exists(snapshot)) {
			fail("%s is missing: write it with %s", snapshot, regenerate(service));
		}
		JsonNode kept = JSON.readTree(snapshot.toFile());
		List<String> differences = differences("", kept, live);
		if (!differences.isEmpty()) {
			fail("%s's API description is not the console's snapshot %s (%d difference(s), snapshot → live):%n  %s%n"
					+ "If the change is meant, regenerate the snapshot and rebuild the console, whose type-check then shows "
					+ "every place that reads the old shape:%n  %s%n  ./mvnw -q install -DskipTests -pl console",
					service, snapshot, differences.size(),
					String.join(System.lineSeparator() + "  ", differences.subList(0, Math.min(20, differences.size()))),
					regenerate(service));
		}
	}

	/** The operations of a description without {@code x-duty}, as {@code METHOD path}. */
	public static List<String> operationsWithoutDuty(JsonNode description) {
		List<String> missing = new ArrayList<>();
		description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			if (METHODS.contains(operation.getKey()) && !operation.getValue().has("x-duty")) {
				missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
			}
		}));
		return missing;
	}

	/** Where two JSON trees differ, as JSON pointers with the values on each side. */
	static List<String> differences(String at, JsonNode kept, JsonNode live) {
		List<String> found = new ArrayList<>();
		if (kept.isObject() && live.isObject()) {
			Set<String> names = new TreeSet<>(kept.propertyNames());
			names.addAll(live.propertyNames());
			for (String name : names) {
				String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
				if (!kept.has(name)) {
					found.add(pointer + ": added");
				}
				else if (!live.has(name)) {
					found.add(pointer + ": removed");
				}
				else {
					found.addAll(differences(pointer, kept.get(name), live.get(name)));
				}
			}
		}
		else if (kept.isArray() && live.isArray() && kept.size() == live.size()) {
			for (int i = 0; i < kept.size(); i++) {
				found.addAll(differences(at + "/" + i, kept.get(i), live.get(i)));
			}
		}
		else if (!kept.equals(live)) {
			found.add((at.isEmpty() ? "/" : at) + ": " + abbreviated(kept) + " → " + abbreviated(live));
		}
		return found;
	}

	private static String abbreviated(JsonNode node) {
		String text = node.toString();
		return text.length() > 120 ? text.substring(0, 117) + "..." : text;
	}

	private static String regenerate(String service) {
		return "./mvnw -q install -pl " + service + "-service -am -Dtest=ApiDescriptionTest "
				+ "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true";
	}

	private static void write(Path snapshot, JsonNode description) {
		try {
			Files.createDirectories(snapshot.getParent());
			Files.writeString(snapshot, JSON.writeValueAsString(description) + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
