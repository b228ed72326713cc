package cn.bjrenovation.platform.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Annex 2 division of duties (附件2 任务分工), held as data in {@code policy/duties.yml}: which roles may
 * call each operation, in which scope. The gateway and every service load the same file. Anything not
 * listed is refused (default deny).
 */
public final class DutyPolicy {

	public static final String LOCATION = "policy/duties.yml";

	private final List<Operation> operations;

	/** The REST operations with their path patterns parsed once: every call through the gateway is matched here. */
	private final List<RestRoute> routes;

	private record RestRoute(Operation operation, PathPattern pattern) {
	}

	DutyPolicy(List<Operation> operations) {
		this.operations = List.copyOf(operations);
		this.routes = this.operations.stream()
			.filter(operation -> operation.path() != null)
			.map(operation -> new RestRoute(operation, operation.pattern()))
			.toList();
	}

	/** Loads the suite's policy from the classpath. */
	public static DutyPolicy load() {
		try (InputStream in = DutyPolicy.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException(LOCATION + " is not on the classpath");
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static DutyPolicy parse(InputStream yaml) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		List<Operation> operations = new ArrayList<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("operations")) {
			String id = required(entry, "id", "(unnamed)");
			Map<String, Object> rest = (Map<String, Object>) entry.get("rest");
			List<Grant> grants = new ArrayList<>();
			for (Map<String, Object> grant : (List<Map<String, Object>>) entry.get("allow")) {
				grants.add(new Grant(Role.valueOf(required(grant, "role", id)),
						Scope.valueOf(required(grant, "scope", id).toUpperCase())));
			}
			operations.add(new Operation(id, required(entry, "duty", id),
					rest == null ? null : required(rest, "method", id), rest == null ? null : required(rest, "path", id),
					(String) entry.get("grpc"), grants));
		}
		return new DutyPolicy(operations);
	}

	public List<Operation> operations() {
		return operations;
	}

	public Optional<Operation> forRequest(String method, String path) {
		PathContainer requested = PathContainer.parsePath(path);
		for (RestRoute route : routes) {
			if (route.operation().method().equalsIgnoreCase(method) && route.pattern().matches(requested)) {
				return Optional.of(route.operation());
			}
		}
		return Optional.empty();
	}

	public Optional<Operation> forGrpc(String fullMethodName) {
		return operations.stream().filter(operation -> fullMethodName.equals(operation.grpcMethod())).findFirst();
	}

	/** Role × operation: whether the caller's role holds a grant for the operation. Object scope is the service's. */
	public Decision decide(Caller caller, Optional<Operation> operation, String requested) {
		if (operation.isEmpty()) {
			return new Decision.Refused(requested, "operation is not in the duty policy (default deny)");
		}
		Operation op = operation.get();
		return op.grantFor(caller.role())
			.<Decision>map(grant -> new Decision.Allowed(op, grant))
			.orElseGet(() -> new Decision.Refused(op.id(),
					caller.role() + " holds no duty for " + op.id() + " (" + op.duty() + ")"));
	}

	private static String required(Map<String, Object> map, String key, String where) {
		Object value = map.get(key);
		if (value == null) {
			throw new IllegalStateException(LOCATION + ": " + where + " lacks '" + key + "'");
		}
		return value.toString();
	}

}
