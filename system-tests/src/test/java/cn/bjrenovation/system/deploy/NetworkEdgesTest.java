package cn.bjrenovation.system.deploy;

import static cn.bjrenovation.system.deploy.Deployable.ALL;
import static cn.bjrenovation.system.deploy.Deployable.at;
import static cn.bjrenovation.system.deploy.Deployable.list;
import static cn.bjrenovation.system.deploy.Deployable.map;
import static cn.bjrenovation.system.deploy.Manifests.label;
import static cn.bjrenovation.system.deploy.Manifests.maps;
import static cn.bjrenovation.system.deploy.Manifests.name;
import static cn.bjrenovation.system.deploy.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/edges.csv is the one table of the suite's network connections. Each overlay's NetworkPolicies, as
 * {@code kubectl kustomize} renders them, allow exactly its edges — on the caller's way out (default deny egress) and
 * on the callee's way in (default deny ingress) — and the README's service table and the gRPC clients the services
 * configure agree with it: a new gRPC client without its edge, or its policy, fails here.
 */
class NetworkEdgesTest {

	private static final Set<String> WORKLOADS = ALL.stream().map(Deployable::module).collect(Collectors.toSet());

	/** Backing services that run as pods in the namespace, selected by this label. */
	private static final String PEER = "bjrenovation.cn/peer";

	private static Path root;

	private static List<Edge> table;

	record Edge(String from, String to, String port) {

		@Override
		public String toString() {
			return from + " -> " + to + ":" + port;
		}

	}

	@BeforeAll
	static void readTable() throws IOException {
		root = Deployable.projectRoot();
		table = Files.readAllLines(root.resolve("deploy/edges.csv"))
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("from,"))
			.map(line -> line.split(",", 5))
			.map(cells -> new Edge(cells[0], cells[1], cells[2]))
			.toList();
		assertThat(table).as("deploy/edges.csv").isNotEmpty();
	}

	private static List<Edge> expected(String overlay) throws IOException {
		return Files.readAllLines(root.resolve("deploy/edges.csv"))
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("from,"))
			.map(line -> line.split(",", 5))
			.filter(cells -> "all".equals(cells[3]) || overlay.equals(cells[3]))
			.map(cells -> new Edge(cells[0], cells[1], cells[2]))
			.toList();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "dev", "production" })
	void workloadsOpenExactlyTheConnectionsOfTheTable(String overlay) throws IOException {
		Policies policies = new Policies(Manifests.render(root.resolve("k8s/overlays/" + overlay)));

		Set<String> expected = expected(overlay).stream()
			.filter(edge -> WORKLOADS.contains(edge.from()))
			.map(Edge::toString)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(policies.egress).as(overlay + ": egress the policies allow from the suite's workloads")
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "dev", "production" })
	void podsAdmitExactlyTheCallersOfTheTable(String overlay) throws IOException {
		List<Map<String, Object>> rendered = Manifests.render(root.resolve("k8s/overlays/" + overlay));
		Policies policies = new Policies(rendered);
		Set<String> inNamespace = new TreeSet<>(WORKLOADS);
		inNamespace.addAll(policies.peersRunningHere);

		Set<String> expected = expected(overlay).stream()
			.filter(edge -> inNamespace.contains(edge.to()))
			.map(Edge::toString)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(policies.ingress).as(overlay + ": ingress the policies allow to pods of the namespace")
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void theReadmeServiceTableHasThePortsTheEdgesUse() throws IOException {
		String readme = Files.readString(root.resolve("README.md"));
		for (Deployable d : ALL) {
			Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(d.module()) + "` \\| (\\d+) \\| ([^|]+) \\|")
				.matcher(readme);
			assertThat(row.find()).as("README service table row for " + d.module()).isTrue();
			for (Edge edge : table) {
				if (edge.to().equals(d.module()) && edge.port().equals("http")) {
					assertThat(Integer.parseInt(row.group(1))).as(edge + ": README HTTP port").isEqualTo(d.httpPort());
				}
				if (edge.to().equals(d.module()) && edge.port().equals("grpc")) {
					assertThat(row.group(2).trim()).as(edge + ": README gRPC port").isEqualTo(String.valueOf(d.grpcPort()));
				}
			}
		}
		for (Edge edge : table) {
			if (WORKLOADS.contains(edge.to())) {
				assertThat(readme).as(edge + ": the callee is in the README's service table").contains("| `" + edge.to() + "` |");
			}
		}
	}

	/**
	 * Every gRPC channel a service configures ({@code spring.grpc.client.channels.*.address}) is an edge of the table,
	 * and every gRPC edge of the table is a channel: adding a client without its edge (and so its policy) fails here.
	 */
	@Test
	void everyGrpcClientTheServicesConfigureIsAnEdge() throws IOException {
		Pattern channel = Pattern.compile("address:\\s*static://\\$\\{[A-Z_]+:[^:}]+:(\\d+)}");
		Set<String> clients = new TreeSet<>();
		for (Deployable caller : ALL) {
			Path yml = root.resolve(caller.module()).resolve("src/main/resources/application.yml");
			Matcher m = channel.matcher(Files.readString(yml));
			while (m.find()) {
				int port = Integer.parseInt(m.group(1));
				Optional<Deployable> callee = ALL.stream().filter(d -> d.grpcPort() != null && d.grpcPort() == port).findFirst();
				assertThat(callee).as(caller + " calls gRPC port " + port + ", which no module serves").isPresent();
				clients.add(new Edge(caller.module(), callee.get().module(), "grpc").toString());
			}
		}
		Set<String> grpcEdges = table.stream()
			.filter(edge -> edge.port().equals("grpc"))
			.map(Edge::toString)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(clients).as("gRPC clients in the services' application.yml").isNotEmpty().isEqualTo(grpcEdges);
	}

	/** Reads the rendered NetworkPolicies into edges between the table's names. */
	private static final class Policies {

		final Set<String> egress = new TreeSet<>();

		final Set<String> ingress = new TreeSet<>();

		/** Backing services with pods in the namespace (dev: Kafka, PostgreSQL, Keycloak, Redis). */
		final Set<String> peersRunningHere = new TreeSet<>();

		Policies(List<Map<String, Object>> rendered) {
			Manifests.workloads(rendered).forEach(w -> {
				String peer = label(at(w, "spec.template.metadata.labels"), PEER);
				if (peer != null) {
					peersRunningHere.add(peer);
				}
			});
			// production: brokers and database instances run here through their operators
			if (ofKind(rendered, "Kafka").findAny().isPresent()) {
				peersRunningHere.add("kafka");
			}
			if (ofKind(rendered, "Cluster").findAny().isPresent()) {
				peersRunningHere.add("postgres");
			}
			ofKind(rendered, "NetworkPolicy").forEach(this::read);
			// Strimzi writes the brokers' ingress policy itself, from the listener's networkPolicyPeers
			ofKind(rendered, "Kafka").forEach(kafka -> maps(at(kafka, "spec.kafka.listeners"), "listeners").forEach(listener -> {
				for (String caller : pods(map(at(maps(listener.get("networkPolicyPeers"), "peers").get(0), "podSelector"), "podSelector"))) {
					ingress.add(new Edge(caller, "kafka", String.valueOf(listener.get("port"))).toString());
				}
			}));
		}

		private void read(Map<String, Object> policy) {
			Set<String> selected = pods(map(at(policy, "spec.podSelector"), "podSelector"));
			if (selected.isEmpty()) {
				return; // operator-internal (Strimzi, CloudNativePG): not an edge of the suite
			}
			for (Map<String, Object> rule : maps(at(policy, "spec.egress"), "egress")) {
				for (String to : peers(policy, rule.get("to"))) {
					for (Object port : ports(rule)) {
						for (String from : selected) {
							if (WORKLOADS.contains(from)) {
								egress.add(edge(from, to, port));
							}
						}
					}
				}
			}
			for (Map<String, Object> rule : maps(at(policy, "spec.ingress"), "ingress")) {
				for (String from : peers(policy, rule.get("from"))) {
					for (Object port : ports(rule)) {
						for (String to : selected) {
							ingress.add(edge(from, to, port));
						}
					}
				}
			}
		}

		private static List<Object> ports(Map<String, Object> rule) {
			return rule.get("ports") == null ? List.of("any") : maps(rule.get("ports"), "ports").stream().map(p -> p.get("port")).toList();
		}

		private static String edge(String from, String to, Object port) {
			String named = String.valueOf(port);
			for (Deployable d : ALL) {
				if (d.module().equals(to) && named.equals(String.valueOf(d.httpPort()))) {
					named = "http";
				}
				if (d.module().equals(to) && named.equals(String.valueOf(d.grpcPort()))) {
					named = "grpc";
				}
			}
			if (to.equals("identity") && (named.equals("8080") || named.equals("443"))) {
				named = "oidc";
			}
			return new Edge(from, to, named).toString();
		}

		/** The table's names of the pods a selector picks: workloads by name, backing services by their peer label. */
		private static Set<String> pods(Map<String, Object> selector) {
			Set<String> names = new LinkedHashSet<>();
			Object matchLabels = selector.get("matchLabels");
			List<Map<String, Object>> expressions = maps(selector.get("matchExpressions"), "matchExpressions");
			if (matchLabels == null && expressions.isEmpty()) {
				return new TreeSet<>(WORKLOADS); // every pod: of the suite's, every workload
			}
			Optional.ofNullable(label(matchLabels, "app.kubernetes.io/name")).ifPresent(names::add);
			Optional.ofNullable(label(matchLabels, PEER)).ifPresent(names::add);
			for (Map<String, Object> expression : expressions) {
				if ("app.kubernetes.io/name".equals(expression.get("key")) && "In".equals(expression.get("operator"))) {
					list(expression.get("values"), "values").forEach(v -> names.add(String.valueOf(v)));
				}
			}
			return names;
		}

		private static Set<String> peers(Map<String, Object> policy, Object peers) {
			if (peers == null) {
				return Set.of("anywhere");
			}
			Set<String> names = new TreeSet<>();
			for (Map<String, Object> peer : maps(peers, "peers")) {
				String namespace = label(at(peer, "namespaceSelector.matchLabels"), "kubernetes.io/metadata.name");
				if (namespace != null) {
					names.add(switch (namespace) {
						case "ingress-nginx" -> "ingress-controller";
						case "kube-system" -> "dns";
						case "observability" -> "otel-collector";
						default -> namespace;
					});
				}
				else if (peer.get("ipBlock") != null) {
					names.add(name(policy).equals("identity-clients") ? "identity" : "external " + at(peer, "ipBlock.cidr"));
				}
				else {
					names.addAll(pods(map(peer.get("podSelector"), "podSelector")));
				}
			}
			return names;
		}

	}

}
