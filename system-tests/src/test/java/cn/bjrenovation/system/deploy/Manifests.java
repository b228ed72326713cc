package cn.bjrenovation.system.deploy;

import static cn.bjrenovation.system.deploy.Deployable.at;
import static cn.bjrenovation.system.deploy.Deployable.list;
import static cn.bjrenovation.system.deploy.Deployable.map;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/** Kubernetes manifests as {@code kubectl kustomize} renders them, and ways to read them. */
final class Manifests {

	private Manifests() {
	}

	/**
	 * Renders a kustomization. kubectl (with its built-in kustomize) is installed on the project's machines and CI; a
	 * machine without it fails here saying so, rather than skipping the deployment checks unnoticed.
	 */
	static List<Map<String, Object>> render(Path dir) {
		try {
			// Output goes to files, so a full pipe can never block kubectl and the timeout below always applies.
			Path stdout = Files.createTempFile("kustomize", ".yaml");
			Path stderr = Files.createTempFile("kustomize", ".err");
			try {
				Process kubectl;
				try {
					kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString())
						.redirectOutput(stdout.toFile())
						.redirectError(stderr.toFile())
						.start();
				}
				catch (IOException e) {
					return fail("kubectl (with kustomize) is needed to render " + dir + ": " + e.getMessage());
				}
				if (!kubectl.waitFor(60, TimeUnit.SECONDS)) {
					kubectl.destroyForcibly();
					return fail("kubectl kustomize " + dir + " did not finish within 60 s");
				}
				if (kubectl.exitValue() != 0) {
					return fail("kubectl kustomize " + dir + " exited with " + kubectl.exitValue() + ":\n"
							+ Files.readString(stderr));
				}
				List<Map<String, Object>> resources = new ArrayList<>();
				for (Object document : new Yaml().loadAll(Files.readString(stdout, StandardCharsets.UTF_8))) {
					if (document != null) {
						resources.add(map(document, "rendered document"));
					}
				}
				return resources;
			}
			finally {
				Files.deleteIfExists(stdout);
				Files.deleteIfExists(stderr);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static Stream<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
		return resources.stream().filter(r -> kind.equals(r.get("kind")));
	}

	static String name(Map<String, Object> resource) {
		return String.valueOf(at(resource, "metadata.name"));
	}

	static String describe(Map<String, Object> resource) {
		return resource.get("kind") + " " + name(resource);
	}

	/** Deployments and StatefulSets: what runs pods the suite declares itself. */
	static List<Map<String, Object>> workloads(List<Map<String, Object>> resources) {
		return resources.stream()
			.filter(r -> "Deployment".equals(r.get("kind")) || "StatefulSet".equals(r.get("kind")))
			.toList();
	}

	/** A label's value; label keys contain dots, so they are read from the map, not through a dotted path. */
	static String label(Object labels, String key) {
		return labels instanceof Map<?, ?> m && m.get(key) != null ? String.valueOf(m.get(key)) : null;
	}

	static List<Map<String, Object>> maps(Object node, String what) {
		return node == null ? List.of() : list(node, what).stream().map(o -> map(o, what)).toList();
	}

}
