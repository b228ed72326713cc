package cn.bjrenovation.system.deploy;

import static cn.bjrenovation.system.deploy.Deployable.ALL;
import static cn.bjrenovation.system.deploy.Deployable.BACKENDS;
import static cn.bjrenovation.system.deploy.Deployable.FINANCE;
import static cn.bjrenovation.system.deploy.Deployable.GATEWAY;
import static cn.bjrenovation.system.deploy.Deployable.HOUSING;
import static cn.bjrenovation.system.deploy.Deployable.at;
import static cn.bjrenovation.system.deploy.Deployable.list;
import static cn.bjrenovation.system.deploy.Deployable.map;
import static cn.bjrenovation.system.deploy.Deployable.mapAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml agrees with the modules: every deployable is built from its own directory, publishes the
 * suite's ports, gets its settings, starts only after what it needs is healthy, and the ports compose
 * publishes are the ones the module's application.yml listens on by default.
 */
class ComposeFileTest {

    /** Keycloak's realm, by the address the containers reach it at. */
    private static final String ISSUER = "http://keycloak:8080/realms/renovation";

    private static Path root;
    private static Map<String, Object> services;
    private static String initSql;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = Deployable.projectRoot();
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = map(new Yaml().load(reader), "docker-compose.yml");
            services = map(compose.get("services"), "services");
        }
        initSql = Files.readString(root.resolve("deploy/compose/postgres-init.sql"));
    }

    static Stream<Deployable> deployables() {
        return ALL.stream();
    }

    static Stream<Deployable> backends() {
        return BACKENDS.stream();
    }

    /** The images are Jib's (no Dockerfile, no daemon): the module declares the plugin with the ports it listens on. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void everyDeployableRunsItsModulesJibImage(Deployable d) throws IOException {
        assertThat(services).as("compose services").containsKey(d.module());
        assertThat(service(d.module()).get("image")).isEqualTo("renovation/" + d.module() + ":0.1.0");
        assertThat(root.resolve(d.module()).resolve("Dockerfile")).as("one way to build images: Jib").doesNotExist();

        String pom = Files.readString(root.resolve(d.module()).resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>jib-maven-plugin</artifactId>");
        List<Integer> ports = new ArrayList<>();
        Matcher port = Pattern.compile("<port>(\\d+)</port>").matcher(pom);
        while (port.find()) {
            ports.add(Integer.valueOf(port.group(1)));
        }
        assertThat(ports).containsExactlyInAnyOrderElementsOf(portsOf(d));
    }

    /** Non-root, the JVM sized from the container's memory limit, and no execution bound: CI builds no image. */
    @Test
    void jibBuildsNonRootImagesSizedToTheirContainer() throws IOException {
        String parent = Files.readString(root.resolve("pom.xml"));
        String jib = parent.substring(parent.indexOf("<artifactId>jib-maven-plugin</artifactId>"));
        jib = jib.substring(0, jib.indexOf("</plugin>"));

        assertThat(jib).contains("<user>10001:10001</user>")
                .containsPattern("-XX:MaxRAMPercentage=\\d+")
                .contains("<image>renovation/${project.artifactId}:0.1.0</image>")
                .doesNotContain("<executions>");
    }

    @Test
    void identityIsKeycloakImportingTheSuitesRealm() {
        assertThat(String.valueOf(service("keycloak").get("image"))).startsWith("quay.io/keycloak/keycloak:");
        assertThat(list(service("keycloak").get("command"), "keycloak command")).contains("--import-realm");
        assertThat(list(service("keycloak").get("volumes"), "keycloak volumes"))
                .anySatisfy(volume -> assertThat(String.valueOf(volume))
                        .startsWith("./k8s/overlays/dev/keycloak/renovation-realm.json:/opt/keycloak/data/import/"));
        // tokens must name the issuer by the address the services reach it at, or they are refused
        assertThat(mapAt(service("keycloak"), "environment")).containsEntry("KC_HOSTNAME", "http://keycloak:8080");
    }

    @Test
    void gatewaySharesItsRateLimitsInRedis() {
        assertThat(String.valueOf(service("redis").get("image"))).startsWith("redis:");
        assertThat(environment(GATEWAY.module())).containsEntry("REDIS_HOST", "redis");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void servicePublishesAndListensOnTheSuitesPorts(Deployable d) {
        assertThat(publishedPorts(d.module())).containsExactlyInAnyOrderElementsOf(portsOf(d));

        Map<String, Object> env = environment(d.module());
        assertThat(String.valueOf(env.get("SERVER_PORT"))).isEqualTo(String.valueOf(d.httpPort()));
        if (d.grpcPort() != null) {
            assertThat(String.valueOf(env.get("GRPC_PORT"))).isEqualTo(String.valueOf(d.grpcPort()));
        }
    }

    /** A service alone binds 127.0.0.1 (no way around the gateway on a shared host); in its container it must take the other containers' calls. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void backendListensOnEveryInterfaceOfItsContainer(Deployable d) {
        assertThat(environment(d.module())).containsEntry("BIND_ADDRESS", "0.0.0.0");
    }

    @Test
    void gatewayListensOnEveryInterfaceExplicitly() {
        assertThat(environment(GATEWAY.module())).containsEntry("SERVER_ADDRESS", "0.0.0.0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void backendGetsItsOwnDatabaseLoginKafkaAndJwtSettings(Deployable d) {
        Map<String, Object> env = environment(d.module());

        assertThat(env).containsEntry("DB_URL", "jdbc:postgresql://postgres:5432/renovation")
                .containsEntry("DB_USER", d.schema())
                .containsKey("DB_PASSWORD")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry("JWT_ISSUER_URI", ISSUER)
                .containsEntry("JWT_AUDIENCE", "renovation-suite");
    }

    @Test
    void housingCallsFinanceOnFinancesGrpcPort() {
        assertThat(environment(HOUSING.module()))
                .containsEntry("FINANCE_GRPC_TARGET", FINANCE.module() + ":" + FINANCE.grpcPort());
    }

    @Test
    void gatewayValidatesTokensAndRoutesToEachServicesHttpPort() {
        Map<String, Object> env = environment(GATEWAY.module());

        assertThat(env).containsEntry("JWT_ISSUER_URI", ISSUER)
                .containsEntry("JWT_AUDIENCE", "renovation-suite");
        for (Deployable backend : BACKENDS) {
            String variable = backend.schema().toUpperCase() + "_URL";
            assertThat(env).as(variable)
                    .containsEntry(variable, "http://" + backend.module() + ":" + backend.httpPort());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void initScriptCreatesTheServicesLoginAndASchemaItOwns(Deployable d) {
        String user = d.schema();
        String password = String.valueOf(environment(d.module()).get("DB_PASSWORD"));

        assertThat(initSql).containsPattern("(?i)CREATE\\s+DATABASE\\s+renovation\\b")
                .containsPattern("(?i)CREATE\\s+(USER|ROLE)\\s+" + user + "\\s+WITH\\s+(LOGIN\\s+)?PASSWORD\\s+'"
                        + Pattern.quote(password) + "'")
                .containsPattern("(?i)CREATE\\s+SCHEMA\\s+" + d.schema() + "\\s+AUTHORIZATION\\s+" + user + "\\b");
    }

    @Test
    void postgresRunsTheInitScriptOnFirstStart() {
        assertThat(service("postgres").get("image")).isEqualTo("postgres:16");
        assertThat(list(service("postgres").get("volumes"), "postgres volumes"))
                .anySatisfy(volume -> assertThat(String.valueOf(volume))
                        .startsWith("./deploy/compose/postgres-init.sql:/docker-entrypoint-initdb.d/"));
    }

    @Test
    void everyDependencyWaitsUntilTheOtherServiceIsHealthy() {
        List<String> notHealthy = new ArrayList<>();
        services.forEach((name, definition) -> {
            Object dependsOn = at(definition, "depends_on");
            if (dependsOn == null) {
                return;
            }
            map(dependsOn, name + ".depends_on (the long form, with conditions)").forEach((dependency, how) -> {
                assertThat(services).as(name + " depends on a defined service").containsKey(dependency);
                if (!"service_healthy".equals(at(how, "condition"))) {
                    notHealthy.add(name + " -> " + dependency);
                }
            });
        });
        assertThat(notHealthy).as("depends_on without condition: service_healthy").isEmpty();
    }

    @Test
    void eachServiceWaitsForWhatItNeeds() {
        for (Deployable backend : BACKENDS) {
            assertThat(dependencies(backend.module())).as(backend.module())
                    .contains("postgres", "kafka", "keycloak");
        }
        assertThat(dependencies(HOUSING.module())).contains(FINANCE.module());
        // kafka: the gateway sends its audit record of every call to audit.records
        assertThat(dependencies(GATEWAY.module())).containsExactlyInAnyOrder("kafka",
                "keycloak", "redis", "housing-service", "finance-service", "planning-service", "pipeline-service");
    }

    @Test
    void everyServiceHasAHealthcheck() {
        services.forEach((name, definition) -> {
            Object test = at(definition, "healthcheck.test");
            assertThat(test).as(name + " has healthcheck.test").isNotNull();
            assertThat(list(test, name + ".healthcheck.test")).as(name + " healthcheck").isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void healthcheckAsksTheServicesOwnReadinessEndpoint(Deployable d) {
        String test = String.join(" ", list(at(service(d.module()), "healthcheck.test"), "healthcheck.test")
                .stream().map(String::valueOf).toList());
        assertThat(test).contains("http://localhost:" + d.httpPort() + "/actuator/health/readiness");
    }

    /**
     * Ties compose to the code: the defaults in the module's {@code ${SERVER_PORT:8081}} / {@code ${GRPC_PORT:9081}}
     * placeholders are what it listens on when run without compose (./suite up, IDE), so they must be the ports
     * compose publishes.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("deployables")
    void applicationYmlDefaultPortsAreThePortsComposePublishes(Deployable d) throws IOException {
        Path yml = root.resolve(d.module()).resolve("src/main/resources/application.yml");
        if (!Files.isRegularFile(yml)) {
            fail(root.relativize(yml) + " does not exist (yet), so its default ports cannot be checked against"
                    + " docker-compose.yml; the module must declare port: ${SERVER_PORT:" + d.httpPort() + "}"
                    + d.grpc().map(g -> " and ${GRPC_PORT:" + g + "}").orElse(""));
        }
        List<String> scalars = scalarsIn(yml);
        List<Integer> composePorts = publishedPorts(d.module());

        List<Integer> httpDefaults = defaultsOf("SERVER_PORT", scalars);
        assertThat(httpDefaults).as(yml + ": defaults of ${SERVER_PORT:...}").containsExactly(d.httpPort());
        assertThat(composePorts).as("compose publishes the default HTTP port").contains(httpDefaults.get(0));
        if (d.grpcPort() != null) {
            List<Integer> grpcDefaults = defaultsOf("GRPC_PORT", scalars);
            assertThat(grpcDefaults).as(yml + ": defaults of ${GRPC_PORT:...}").containsExactly(d.grpcPort());
            assertThat(composePorts).as("compose publishes the default gRPC port").contains(grpcDefaults.get(0));
        }
    }

    // --- reading compose

    private static Map<String, Object> service(String name) {
        return map(services.get(name), "services." + name);
    }

    private static Map<String, Object> environment(String name) {
        return mapAt(service(name), "environment");
    }

    private static Set<String> dependencies(String name) {
        return map(service(name).get("depends_on"), name + ".depends_on").keySet();
    }

    /** Container ports published on the host; the suite publishes each on the same host port. */
    private static List<Integer> publishedPorts(String name) {
        return list(service(name).get("ports"), name + ".ports").stream().map(String::valueOf).map(mapping -> {
            String[] hostAndContainer = mapping.split(":");
            assertThat(hostAndContainer).as(name + " port " + mapping + " is host:container").hasSize(2);
            assertThat(hostAndContainer[0]).as(name + " publishes " + mapping + " on the same host port")
                    .isEqualTo(hostAndContainer[1]);
            return Integer.valueOf(hostAndContainer[1]);
        }).toList();
    }

    private static List<Integer> portsOf(Deployable d) {
        return d.grpc().map(grpc -> List.of(d.httpPort(), grpc)).orElse(List.of(d.httpPort()));
    }

    // --- reading application.yml

    /** Every scalar in every document of the file, wherever the engineers put the port settings. */
    private static List<String> scalarsIn(Path yml) throws IOException {
        List<String> scalars = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(yml)) {
            for (Object document : new Yaml().loadAll(reader)) {
                collectScalars(document, scalars);
            }
        }
        return scalars;
    }

    private static void collectScalars(Object node, List<String> into) {
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(value -> collectScalars(value, into));
        } else if (node instanceof List<?> l) {
            l.forEach(value -> collectScalars(value, into));
        } else if (node != null) {
            into.add(String.valueOf(node));
        }
    }

    /** The distinct defaults of ${VARIABLE:default} placeholders, in order of appearance. */
    private static List<Integer> defaultsOf(String variable, List<String> scalars) {
        Pattern placeholder = Pattern.compile("\\$\\{" + variable + ":(\\d+)}");
        return scalars.stream()
                .flatMap(scalar -> placeholder.matcher(scalar).results())
                .map(match -> Integer.valueOf(match.group(1)))
                .distinct()
                .toList();
    }
}
