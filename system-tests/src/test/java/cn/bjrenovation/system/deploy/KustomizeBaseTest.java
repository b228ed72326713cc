package cn.bjrenovation.system.deploy;

import static cn.bjrenovation.system.deploy.Deployable.ALL;
import static cn.bjrenovation.system.deploy.Deployable.BACKENDS;
import static cn.bjrenovation.system.deploy.Deployable.FINANCE;
import static cn.bjrenovation.system.deploy.Deployable.GATEWAY;
import static cn.bjrenovation.system.deploy.Deployable.HOUSING;
import static cn.bjrenovation.system.deploy.Deployable.at;
import static cn.bjrenovation.system.deploy.Deployable.listAt;
import static cn.bjrenovation.system.deploy.Deployable.map;
import static cn.bjrenovation.system.deploy.Deployable.mapAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes manifests, as {@code kubectl kustomize} renders them: every workload is complete, hardened,
 * sized and probed, listens on the suite's ports, and the dev overlay denies all traffic by default
 * (the calls it allows: {@link NetworkEdgesTest}).
 */
class KustomizeBaseTest {

    private static final int SPRING_SHUTDOWN_PHASE_SECONDS = 30;

    private static List<Map<String, Object>> base;
    private static List<Map<String, Object>> dev;

    @BeforeAll
    static void render() throws Exception {
        Path root = Deployable.projectRoot();
        base = Manifests.render(root.resolve("k8s/base"));
        dev = Manifests.render(root.resolve("k8s/overlays/dev"));
    }

    static Stream<Deployable> deployables() {
        return ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void everyWorkloadHasADeploymentServiceAndServiceAccount(Deployable d) {
        assertThat(find(base, "Deployment", d.module())).as("Deployment " + d.module()).isNotNull();
        assertThat(find(base, "Service", d.module())).as("Service " + d.module()).isNotNull();
        assertThat(find(base, "ServiceAccount", d.module())).as("ServiceAccount " + d.module()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void podsRunUnderTheirOwnServiceAccountWithoutAnApiToken(Deployable d) {
        Map<String, Object> pod = podSpec(d);

        assertThat(pod.get("serviceAccountName")).isEqualTo(d.module());
        assertThat(pod.get("automountServiceAccountToken")).isEqualTo(false);
        assertThat(require("ServiceAccount", d.module()).get("automountServiceAccountToken")).isEqualTo(false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void everyContainerHasCpuAndMemoryRequestsAndLimits(Deployable d) {
        for (Map<String, Object> container : containers(d)) {
            for (String bound : List.of("requests", "limits")) {
                assertThat(mapAt(container, "resources." + bound)).as(container.get("name") + " " + bound)
                        .containsKeys("cpu", "memory");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void everyContainerIsProbedOnTheActuatorForLivenessAndReadiness(Deployable d) {
        for (Map<String, Object> container : containers(d)) {
            assertThat(at(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
            assertThat(at(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
            assertThat(String.valueOf(at(container, "readinessProbe.httpGet.port")))
                    .isIn("http", String.valueOf(d.httpPort()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void servicesWithAGrpcPortAreAlsoProbedOverNativeGrpc(Deployable d) {
        List<Object> grpcProbePorts = containers(d).stream()
                .flatMap(c -> Stream.of("startupProbe", "livenessProbe", "readinessProbe")
                        .map(probe -> at(c, probe + ".grpc.port")))
                .filter(Objects::nonNull)
                .toList();

        if (d.grpcPort() == null) {
            assertThat(grpcProbePorts).as("gRPC probes on a workload without gRPC").isEmpty();
        } else {
            assertThat(grpcProbePorts).as("ports of the gRPC probes").isNotEmpty().containsOnly(d.grpcPort());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void everyContainerRunsAsNonRootWithReadOnlyRoot(Deployable d) {
        Map<String, Object> pod = podSpec(d);
        assertThat(at(pod, "securityContext.runAsUser")).isEqualTo(10001);
        assertThat(at(pod, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");

        for (Map<String, Object> container : containers(d)) {
            Object nonRoot = Objects.requireNonNullElse(
                    at(container, "securityContext.runAsNonRoot"), at(pod, "securityContext.runAsNonRoot"));
            assertThat(nonRoot).as("runAsNonRoot").isEqualTo(true);
            assertThat(at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
            assertThat(at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
            assertThat(listAt(container, "securityContext.capabilities.drop")).contains("ALL");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void tmpIsTheOnlyWritablePathAndIsAnEmptyDir(Deployable d) {
        Map<String, Object> pod = podSpec(d);
        for (Map<String, Object> container : containers(d)) {
            List<Object> mounts = listAt(container, "volumeMounts");
            assertThat(mounts).as(container.get("name") + " mounts").hasSize(1);
            String volume = String.valueOf(at(mounts.get(0), "name"));
            assertThat(at(mounts.get(0), "mountPath")).isEqualTo("/tmp");
            assertThat(listAt(pod, "volumes")).anySatisfy(v -> {
                assertThat(at(v, "name")).isEqualTo(volume);
                assertThat(at(v, "emptyDir")).as("volume " + volume + " is an emptyDir").isNotNull();
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void podsGetMoreTimeToStopThanSpringNeedsToShutDownGracefully(Deployable d) {
        Map<String, Object> pod = podSpec(d);
        int grace = ((Number) pod.getOrDefault("terminationGracePeriodSeconds", 30)).intValue();
        for (Map<String, Object> container : containers(d)) {
            Object preStopSleep = at(container, "lifecycle.preStop.sleep.seconds");
            int pause = preStopSleep == null ? 0 : ((Number) preStopSleep).intValue();
            assertThat(grace).as("terminationGracePeriodSeconds vs preStop pause + Spring's shutdown phase")
                    .isGreaterThanOrEqualTo(pause + SPRING_SHUTDOWN_PHASE_SECONDS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void serviceAndContainerPortsAreTheSuitesPorts(Deployable d) {
        Map<String, Integer> expected = new TreeMap<>(Map.of("http", d.httpPort()));
        d.grpc().ifPresent(grpc -> expected.put("grpc", grpc));

        Map<String, Object> service = require("Service", d.module());
        assertThat(namedPorts(listAt(service, "spec.ports"), "port")).isEqualTo(expected);
        for (Map<String, Object> container : containers(d)) {
            assertThat(namedPorts(listAt(container, "ports"), "containerPort")).isEqualTo(expected);
        }
        assertThat(mapAt(service, "spec.selector").entrySet())
                .as("the Service selects the Deployment's pods")
                .isSubsetOf(mapAt(require("Deployment", d.module()), "spec.template.metadata.labels").entrySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void imageIsTheModulesReleaseImage(Deployable d) {
        assertThat(containers(d)).extracting(c -> c.get("image"))
                .containsExactly("renovation/" + d.module() + ":0.1.0");
    }

    @Test
    void backendsReadTheirDatabaseLoginFromTheirOwnSecretAndTheRestFromSuiteConfig() {
        assertThat(mapAt(require("ConfigMap", "suite-config"), "data"))
                .containsKeys("KAFKA_BOOTSTRAP_SERVERS", "JWT_ISSUER_URI", "JWT_AUDIENCE", "DB_HOST", "REDIS_HOST")
                .containsEntry("JWT_AUDIENCE", "renovation-suite")
                .doesNotContainKeys("DB_USER", "DB_PASSWORD");
        assertThat(base).as("no Secret in the base: the overlays provide them").noneMatch(r -> "Secret".equals(r.get("kind")));

        for (Deployable backend : BACKENDS) {
            Map<String, Object> container = containers(backend).get(0);
            assertThat(listAt(container, "envFrom")).as(backend + " envFrom")
                    .anySatisfy(source -> assertThat(at(source, "configMapRef.name")).isEqualTo("suite-config"));
            for (String variable : List.of("DB_USER", "DB_PASSWORD")) {
                Object secret = env(container, variable).map(e -> at(e, "valueFrom.secretKeyRef.name")).orElse(null);
                assertThat(secret).as(backend + " " + variable).isEqualTo(backend.module() + "-db");
            }
            assertThat(env(container, "DB_URL").map(e -> e.get("value"))).as(backend + " DB_URL: its own database")
                    .contains("jdbc:postgresql://$(DB_HOST):5432/" + backend.schema());
        }
        assertThat(env(containers(HOUSING).get(0), "FINANCE_GRPC_TARGET").map(e -> e.get("value")))
                .contains(FINANCE.module() + ":" + FINANCE.grpcPort());
    }

    /** A service alone binds 127.0.0.1; in a pod it must take the other pods' calls, and the gateway says so too. */
    @Test
    void everyContainerListensOnEveryInterfaceOfItsPod() {
        for (Deployable backend : BACKENDS) {
            assertThat(env(containers(backend).get(0), "BIND_ADDRESS").map(e -> e.get("value"))).as(backend + " BIND_ADDRESS")
                    .contains("0.0.0.0");
        }
        assertThat(env(containers(GATEWAY).get(0), "SERVER_ADDRESS").map(e -> e.get("value"))).as("gateway SERVER_ADDRESS")
                .contains("0.0.0.0");
    }

    @Test
    void everyResourceIsInTheSuitesNamespaceAndCarriesItsPartOfLabel() {
        for (List<Map<String, Object>> rendering : List.of(base, dev)) {
            assertThat(rendering).isNotEmpty().allSatisfy(resource -> {
                assertThat(at(resource, "metadata.namespace")).as(describe(resource)).isEqualTo("renovation");
                assertThat(mapAt(resource, "metadata.labels")).as(describe(resource))
                        .containsEntry("app.kubernetes.io/part-of", "renovation-suite");
            });
        }
    }

    @Test
    void devOverlayDeniesAllTrafficByDefault() {
        List<Map<String, Object>> denyAll = dev.stream()
                .filter(r -> "NetworkPolicy".equals(r.get("kind")))
                .filter(r -> map(at(r, "spec.podSelector"), "spec.podSelector").isEmpty())
                .filter(r -> at(r, "spec.ingress") == null && at(r, "spec.egress") == null)
                .toList();

        assertThat(denyAll).as("a NetworkPolicy selecting every pod and allowing nothing").hasSize(1);
        assertThat(listAt(denyAll.get(0), "spec.policyTypes")).contains("Ingress", "Egress");
    }

    // --- rendering and reading manifests

    private static Map<String, Object> find(List<Map<String, Object>> resources, String kind, String name) {
        return resources.stream()
                .filter(r -> kind.equals(r.get("kind")) && name.equals(at(r, "metadata.name")))
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Object> require(String kind, String name) {
        Map<String, Object> resource = find(base, kind, name);
        assertThat(resource).as(kind + " " + name + " in k8s/base").isNotNull();
        return resource;
    }

    private static Map<String, Object> podSpec(Deployable d) {
        return mapAt(require("Deployment", d.module()), "spec.template.spec");
    }

    private static List<Map<String, Object>> containers(Deployable d) {
        List<Object> containers = listAt(podSpec(d), "containers");
        assertThat(containers).as(d + " containers").isNotEmpty();
        return containers.stream().map(c -> map(c, "container")).toList();
    }

    private static Optional<Map<String, Object>> env(Map<String, Object> container, String name) {
        return listAt(container, "env").stream()
                .map(e -> map(e, "env entry"))
                .filter(e -> name.equals(e.get("name")))
                .findFirst();
    }

    private static Map<String, Integer> namedPorts(List<Object> ports, String numberField) {
        Map<String, Integer> byName = new TreeMap<>();
        for (Object port : ports) {
            byName.put(String.valueOf(at(port, "name")), ((Number) at(port, numberField)).intValue());
        }
        return byName;
    }

    private static String describe(Map<String, Object> resource) {
        return resource.get("kind") + " " + at(resource, "metadata.name");
    }
}
