package cn.bjrenovation.system.deploy;

import static cn.bjrenovation.system.deploy.Deployable.ALL;
import static cn.bjrenovation.system.deploy.Deployable.BACKENDS;
import static cn.bjrenovation.system.deploy.Deployable.at;
import static cn.bjrenovation.system.deploy.Deployable.list;
import static cn.bjrenovation.system.deploy.Deployable.map;
import static cn.bjrenovation.system.deploy.Deployable.mapAt;
import static cn.bjrenovation.system.deploy.Manifests.describe;
import static cn.bjrenovation.system.deploy.Manifests.label;
import static cn.bjrenovation.system.deploy.Manifests.maps;
import static cn.bjrenovation.system.deploy.Manifests.name;
import static cn.bjrenovation.system.deploy.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.bjrenovation.platform.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Both overlays, as {@code kubectl kustomize} renders them, are something an operator could apply: every workload is
 * probed (natively over gRPC where it serves gRPC), sized, and runs non-root on a read-only root; no password is
 * written in a manifest; production keeps two or more pods per workload across zones behind PodDisruptionBudgets; the
 * Strimzi topics are the topics the code declares; the CloudNativePG databases are the services' schemas; and the dev
 * Keycloak realm issues tokens with the claims the suite reads.
 */
class KustomizeOverlaysTest {

	private static Path root;

	private static List<Map<String, Object>> dev;

	private static List<Map<String, Object>> production;

	@BeforeAll
	static void render() {
		root = Deployable.projectRoot();
		dev = Manifests.render(root.resolve("k8s/overlays/dev"));
		production = Manifests.render(root.resolve("k8s/overlays/production"));
	}

	private static List<Map<String, Object>> overlay(String name) {
		return name.equals("dev") ? dev : production;
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "dev", "production" })
	void everyContainerIsProbedAndGrpcPortsNatively(String overlay) {
		for (Map<String, Object> workload : Manifests.workloads(overlay(overlay))) {
			for (Map<String, Object> container : containers(workload, "containers")) {
				String what = describe(workload) + " " + container.get("name");
				assertThat(container).as(what + " probes").containsKeys("livenessProbe", "readinessProbe");
				for (Map<String, Object> port : maps(container.get("ports"), "ports")) {
					if ("grpc".equals(port.get("name"))) {
						List<Object> grpcProbes = Stream.of("startupProbe", "livenessProbe", "readinessProbe")
							.map(probe -> at(container, probe + ".grpc.port"))
							.filter(p -> p != null)
							.toList();
						assertThat(grpcProbes).as(what + " probes its gRPC port natively").contains(port.get("containerPort"));
					}
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "dev", "production" })
	void everyContainerHasRequestsAndLimitsAndRunsNonRootOnAReadOnlyRoot(String overlay) {
		List<Map<String, Object>> workloads = Manifests.workloads(overlay(overlay));
		assertThat(workloads).isNotEmpty();
		for (Map<String, Object> workload : workloads) {
			Map<String, Object> pod = mapAt(workload, "spec.template.spec");
			assertThat(at(pod, "securityContext.runAsNonRoot")).as(describe(workload) + " runAsNonRoot").isEqualTo(true);
			assertThat(at(pod, "securityContext.runAsUser")).as(describe(workload) + " runAsUser").isNotEqualTo(0);
			assertThat(at(pod, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
			assertThat(pod.get("automountServiceAccountToken")).as(describe(workload) + " API token").isEqualTo(false);
			List<Map<String, Object>> all = new ArrayList<>(containers(workload, "containers"));
			all.addAll(containers(workload, "initContainers"));
			for (Map<String, Object> container : all) {
				String what = describe(workload) + " " + container.get("name");
				for (String bound : List.of("requests", "limits")) {
					assertThat(mapAt(container, "resources." + bound)).as(what + " " + bound).containsKeys("cpu", "memory");
				}
				assertThat(at(container, "securityContext.readOnlyRootFilesystem")).as(what).isEqualTo(true);
				assertThat(at(container, "securityContext.allowPrivilegeEscalation")).as(what).isEqualTo(false);
				assertThat(list(at(container, "securityContext.capabilities.drop"), what)).contains("ALL");
			}
		}
	}

	/** Generated Secrets carry kustomize's content hash; production has none at all, only external references. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "dev", "production" })
	void noPasswordIsWrittenInAManifest(String overlay) throws IOException {
		List<Map<String, Object>> rendered = overlay(overlay);
		ofKind(rendered, "Secret").forEach(secret -> assertThat(name(secret)).as("a generated Secret (name-hash)")
			.matches(".+-[a-z0-9]{10}"));
		if (overlay.equals("production")) {
			assertThat(ofKind(rendered, "Secret")).as("production Secrets come from the secret store").isEmpty();
			Set<String> external = ofKind(rendered, "ExternalSecret").map(s -> String.valueOf(at(s, "spec.target.name")))
				.collect(Collectors.toSet());
			for (Deployable backend : BACKENDS) {
				assertThat(external).as("ExternalSecret for " + backend).contains(backend.module() + "-db");
			}
		}
		for (Map<String, Object> workload : Manifests.workloads(rendered)) {
			for (Map<String, Object> container : containers(workload, "containers")) {
				for (Map<String, Object> env : maps(container.get("env"), "env")) {
					if (String.valueOf(env.get("name")).matches("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*")) {
						assertThat(env).as(describe(workload) + " " + env.get("name") + " comes from a Secret")
							.doesNotContainKey("value");
						assertThat(at(env, "valueFrom.secretKeyRef.name")).isNotNull();
					}
				}
			}
		}
		ofKind(rendered, "ConfigMap").forEach(configMap -> map(configMap.getOrDefault("data", Map.of()), "data")
			.forEach((key, value) -> {
				assertThat(key).as(describe(configMap)).doesNotContainIgnoringCase("password");
				Matcher literal = Pattern.compile("\"(value|password|secret)\"\\s*:\\s*\"([^\"]*)\"").matcher(String.valueOf(value));
				while (literal.find()) {
					if (String.valueOf(value).contains("\"credentials\"") && literal.group(1).equals("value")) {
						assertThat(literal.group(2)).as(describe(configMap) + " credential").matches("\\$\\{[A-Z_]+}");
					}
				}
			}));
		try (Stream<Path> files = Files.walk(root.resolve("k8s"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
				for (Object document : new Yaml().loadAll(Files.readString(file))) {
					if (document instanceof Map<?, ?> resource) {
						assertThat(resource.get("kind")).as(root.relativize(file) + ": a hand-written Secret").isNotEqualTo("Secret");
					}
				}
			}
		}
	}

	@Test
	void productionKeepsTwoOrMorePodsPerWorkloadAcrossZonesBehindDisruptionBudgets() {
		List<Map<String, Object>> budgets = ofKind(production, "PodDisruptionBudget").toList();
		for (Map<String, Object> deployment : ofKind(production, "Deployment").toList()) {
			String workload = label(at(deployment, "spec.selector.matchLabels"), "app.kubernetes.io/name");
			assertThat(budgets).as("a PodDisruptionBudget for " + workload)
				.anySatisfy(pdb -> assertThat(label(at(pdb, "spec.selector.matchLabels"), "app.kubernetes.io/name")).isEqualTo(workload));
			assertThat(maps(at(deployment, "spec.template.spec.topologySpreadConstraints"), "spread"))
				.as(workload + " spreads across zones")
				.anySatisfy(c -> assertThat(c.get("topologyKey")).isEqualTo("topology.kubernetes.io/zone"));
		}
		for (Deployable d : ALL) {
			Map<String, Object> deployment = ofKind(production, "Deployment").filter(r -> name(r).equals(d.module())).findFirst().orElseThrow();
			assertThat(((Number) at(deployment, "spec.replicas")).intValue()).as(d + " replicas").isGreaterThanOrEqualTo(2);
			assertThat(ofKind(production, "HorizontalPodAutoscaler").filter(h -> d.module().equals(at(h, "spec.scaleTargetRef.name"))))
				.as(d + " HorizontalPodAutoscaler").singleElement()
				.satisfies(h -> assertThat(((Number) at(h, "spec.minReplicas")).intValue()).isGreaterThanOrEqualTo(2));
		}
		assertThat(ofKind(production, "ServiceMonitor")).as("ServiceMonitor").isNotEmpty();
	}

	@Test
	void productionKafkaIsThreeKraftBrokersThroughStrimzi() {
		Map<String, Object> kafka = ofKind(production, "Kafka").findFirst().orElseThrow();
		assertThat(mapAt(kafka, "metadata.annotations")).containsEntry("strimzi.io/kraft", "enabled")
			.containsEntry("strimzi.io/node-pools", "enabled");
		assertThat(mapAt(kafka, "spec.kafka.config")).containsEntry("min.insync.replicas", 2)
			.containsEntry("default.replication.factor", 3);
		int brokers = ofKind(production, "KafkaNodePool")
			.filter(pool -> list(at(pool, "spec.roles"), "roles").contains("broker"))
			.mapToInt(pool -> ((Number) at(pool, "spec.replicas")).intValue())
			.sum();
		assertThat(brokers).isEqualTo(3);
	}

	/**
	 * The topics the code declares ({@code static final String TOPIC = "..."} in the main sources) and, for every topic
	 * a {@code @KafkaListener} consumes, its dead letters {@code <topic>.DLT}: exactly the KafkaTopics, each replicated
	 * three times with min.insync.replicas 2; audit.records has one partition (one hash chain, in order).
	 */
	@Test
	void strimziTopicsAreTheTopicsTheCodeDeclares() throws IOException {
		Map<String, String> constants = new TreeMap<>();
		Set<String> consumedConstants = new TreeSet<>();
		Pattern declared = Pattern.compile("static final String TOPIC = \"([^\"]+)\"");
		Pattern consumed = Pattern.compile("@KafkaListener\\(topics = (\\w+)\\.TOPIC\\)");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
					&& !f.toString().contains("/target/")).toList()) {
				String source = Files.readString(file);
				String type = file.getFileName().toString().replace(".java", "");
				Matcher m = declared.matcher(source);
				while (m.find()) {
					constants.put(type, m.group(1));
				}
				Matcher c = consumed.matcher(source);
				while (c.find()) {
					consumedConstants.add(c.group(1));
				}
			}
		}
		Set<String> expected = new TreeSet<>(constants.values());
		for (String type : consumedConstants) {
			assertThat(constants).as("@KafkaListener topic constant " + type + ".TOPIC").containsKey(type);
			expected.add(constants.get(type) + ".DLT");
		}

		List<Map<String, Object>> topics = ofKind(production, "KafkaTopic").toList();
		Set<String> inOverlay = topics.stream()
			.map(t -> String.valueOf(at(t, "spec.topicName")))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(inOverlay).as("KafkaTopics in the production overlay").isEqualTo(expected);
		for (Map<String, Object> topic : topics) {
			assertThat(at(topic, "spec.replicas")).as(describe(topic)).isEqualTo(3);
			assertThat(String.valueOf(mapAt(topic, "spec.config").get("min.insync.replicas"))).as(describe(topic)).isEqualTo("2");
			if ("audit.records".equals(at(topic, "spec.topicName"))) {
				assertThat(at(topic, "spec.partitions")).as("audit.records: one chain, one partition").isEqualTo(1);
			}
		}
	}

	/** Each service's database and login in the CNPG cluster are named after its schema (renovation.schema). */
	@Test
	void cloudNativePgHasADatabaseAndLoginPerServiceSchema() throws IOException {
		Map<String, Object> cluster = ofKind(production, "Cluster").findFirst().orElseThrow();
		assertThat(at(cluster, "spec.instances")).isEqualTo(3);
		Map<String, String> roleSecrets = maps(at(cluster, "spec.managed.roles"), "roles").stream()
			.collect(Collectors.toMap(r -> String.valueOf(r.get("name")), r -> String.valueOf(at(r, "passwordSecret.name"))));
		Map<String, String> databases = ofKind(production, "Database")
			.collect(Collectors.toMap(d -> String.valueOf(at(d, "spec.name")), d -> String.valueOf(at(d, "spec.owner"))));

		Map<String, String> expectedRoles = new TreeMap<>();
		Map<String, String> expectedDatabases = new TreeMap<>();
		for (Deployable backend : BACKENDS) {
			String schema = schemaOf(backend);
			assertThat(schema).as(backend + " renovation.schema").isEqualTo(backend.schema());
			expectedRoles.put(schema, backend.module() + "-db");
			expectedDatabases.put(schema, schema);
		}
		assertThat(new TreeMap<>(roleSecrets)).isEqualTo(expectedRoles);
		assertThat(new TreeMap<>(databases)).isEqualTo(expectedDatabases);
	}

	@Test
	void devRunsOneNodeKafkaPostgresAndKeycloakInTheNamespace() {
		for (String workload : List.of("kafka", "postgres", "keycloak", "redis")) {
			assertThat(Manifests.workloads(dev)).as(workload).anySatisfy(w -> assertThat(name(w)).isEqualTo(workload));
		}
		Map<String, Object> kafka = Manifests.workloads(dev).stream().filter(w -> name(w).equals("kafka")).findFirst().orElseThrow();
		assertThat(at(kafka, "spec.replicas")).isEqualTo(1);
		assertThat(containers(kafka, "containers").get(0).get("image").toString()).startsWith("apache/kafka:");
		Map<String, Object> config = ofKind(dev, "ConfigMap").filter(c -> name(c).equals("suite-config")).findFirst().orElseThrow();
		assertThat(mapAt(config, "data")).containsEntry("JWT_ISSUER_URI", "http://keycloak:8080/realms/renovation");
	}

	/**
	 * The dev realm holds every role of the suite and a user per role with the scope claim it needs, and its client's
	 * mappers put what {@code Caller.fromClaims} reads into the access token: aud, role and the scope claims.
	 */
	@Test
	void devRealmIssuesTokensWithTheClaimsTheSuiteReads() throws IOException {
		// JSON is YAML: read with the same parser as the manifests
		Map<String, Object> realm = map(new Yaml().load(Files.readString(
				root.resolve("k8s/overlays/dev/keycloak/renovation-realm.json"))), "realm");
		Set<String> roles = maps(at(realm, "roles.realm"), "roles").stream().map(r -> String.valueOf(r.get("name")))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(roles).isEqualTo(Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));

		List<Map<String, Object>> users = maps(realm.get("users"), "users");
		for (Role role : Role.values()) {
			Map<String, Object> user = users.stream()
				.filter(u -> List.of(role.name()).equals(at(u, "attributes.role")))
				.findFirst()
				.orElse(null);
			assertThat(user).as("a user with role " + role).isNotNull();
			if (role.requiredScope() != Role.ScopeClaim.NONE) {
				String claim = role.requiredScope().name().toLowerCase();
				assertThat(list(at(user, "attributes." + claim), role + " user's " + claim)).singleElement()
					.asString().isNotBlank();
			}
			assertThat(maps(user.get("credentials"), "credentials")).singleElement()
				.satisfies(c -> assertThat(String.valueOf(c.get("value"))).as("password from the environment")
					.matches("\\$\\{[A-Z_]+}"));
		}
		Map<String, Object> client = maps(realm.get("clients"), "clients").get(0);
		Set<String> claims = new TreeSet<>();
		String audience = null;
		for (Map<String, Object> mapper : maps(client.get("protocolMappers"), "protocolMappers")) {
			Map<String, Object> config = map(mapper.get("config"), "config");
			if ("oidc-usermodel-attribute-mapper".equals(mapper.get("protocolMapper"))
					&& "true".equals(config.get("access.token.claim"))) {
				claims.add(String.valueOf(config.get("claim.name")));
			}
			if ("oidc-audience-mapper".equals(mapper.get("protocolMapper"))) {
				audience = String.valueOf(config.get("included.custom.audience"));
			}
		}
		assertThat(claims).containsExactlyInAnyOrder("role", "district", "street", "community", "utility");
		assertThat(audience).isEqualTo("renovation-suite");
	}

	private static String schemaOf(Deployable backend) throws IOException {
		Map<String, Object> yml = map(new Yaml().load(Files.readString(
				root.resolve(backend.module()).resolve("src/main/resources/application.yml"))), "application.yml");
		return String.valueOf(at(yml, "renovation.schema"));
	}

	private static List<Map<String, Object>> containers(Map<String, Object> workload, String which) {
		return maps(at(workload, "spec.template.spec." + which), which);
	}

}
