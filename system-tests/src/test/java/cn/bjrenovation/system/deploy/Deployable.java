package cn.bjrenovation.system.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's deployable modules and the ports and schema each one was given by convention. The deployment
 * tests check docker-compose.yml, the Dockerfiles, the Kubernetes manifests and the modules' own
 * application.yml against this one table, so a port changed in one place only fails loudly.
 */
record Deployable(String module, int httpPort, Integer grpcPort, String schema) {

    static final Deployable GATEWAY = new Deployable("gateway", 8080, null, null);
    static final Deployable HOUSING = new Deployable("housing-service", 8081, 9081, "housing");
    static final Deployable FINANCE = new Deployable("finance-service", 8082, 9082, "finance");
    static final Deployable PLANNING = new Deployable("planning-service", 8083, 9083, "planning");
    static final Deployable PIPELINE = new Deployable("pipeline-service", 8084, 9084, "pipeline");

    static final List<Deployable> BACKENDS = List.of(HOUSING, FINANCE, PLANNING, PIPELINE);
    static final List<Deployable> ALL = List.of(GATEWAY, HOUSING, FINANCE, PLANNING, PIPELINE);

    Optional<Integer> grpc() {
        return Optional.ofNullable(grpcPort);
    }

    /** Shown as the parameter in test reports. */
    @Override
    public String toString() {
        return module;
    }

    /** The repository root: the first directory upwards holding both docker-compose.yml and mvnw. */
    static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory above " + Path.of("").toAbsolutePath()
                + " holds both docker-compose.yml and mvnw");
    }

    // Navigation in parsed YAML (maps, lists and scalars), failing with the path when the shape is wrong.

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String what) {
        if (!(node instanceof Map)) {
            throw new AssertionError(what + " should be a mapping but is " + node);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String what) {
        if (!(node instanceof List)) {
            throw new AssertionError(what + " should be a list but is " + node);
        }
        return (List<Object>) node;
    }

    /**
     * The node under the dotted path, or null when any step is missing. Keys that contain dots themselves
     * (label names such as app.kubernetes.io/name) must be read from the map, not through this path.
     */
    static Object at(Object root, String dottedPath) {
        Object node = root;
        for (String key : dottedPath.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(key);
        }
        return node;
    }

    static Map<String, Object> mapAt(Object root, String dottedPath) {
        return map(at(root, dottedPath), dottedPath);
    }

    static List<Object> listAt(Object root, String dottedPath) {
        return list(at(root, dottedPath), dottedPath);
    }
}
