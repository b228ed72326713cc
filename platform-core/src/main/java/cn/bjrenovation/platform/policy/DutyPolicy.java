package cn.bjrenovation.platform.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.problems.ForbiddenException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Annex 2 division of duties (附件2 任务分工), held as data in {@code policy/duties.yml}: which roles may
 * call each operation, in which scope, under which conditions. The gateway and every service load the same file.
 * Anything not listed is refused (default deny). {@link #decide} answers role × operation; {@link #reach} answers
 * which objects a permitted caller may touch. A public operation ({@link #publicOperation}) needs no caller and no
 * decision: it is everyone's.
 */
public final class DutyPolicy {

	public static final String LOCATION = "policy/duties.yml";

	private final List<Operation> operations;

	/** The REST operations with their routes parsed once: every call through the gateway is matched here. */
	private final List<Route> routes;

	private final Map<String, Operation> byId = new LinkedHashMap<>();

	private record Route(Operation operation, RoutePattern pattern) {
	}

	DutyPolicy(List<Operation> operations) {
		this.operations = List.copyOf(operations);
		this.routes = this.operations.stream()
			.filter(operation -> operation.path() != null)
			.map(operation -> new Route(operation, RoutePattern.parse(operation.path())))
			.toList();
		for (Operation operation : this.operations) {
			if (byId.put(operation.id(), operation) != null) {
				throw new IllegalStateException(LOCATION + ": operation " + operation.id() + " is listed twice");
			}
		}
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

	/** Reads a policy written in the format of {@code policy/duties.yml}. */
	@SuppressWarnings("unchecked")
	public static DutyPolicy parse(InputStream yaml) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		List<Operation> operations = new ArrayList<>();
		for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("operations")) {
			String id = required(entry, "id", "(unnamed)");
			Map<String, Object> rest = (Map<String, Object>) entry.get("rest");
			boolean open = Boolean.TRUE.equals(entry.get("public"));
			List<Grant> grants = new ArrayList<>();
			List<Map<String, Object>> allow = (List<Map<String, Object>>) entry.get("allow");
			for (Map<String, Object> grant : allow == null ? List.<Map<String, Object>>of() : allow) {
				grants.add(new Grant(Role.valueOf(required(grant, "role", id)),
						Scope.valueOf(required(grant, "scope", id).toUpperCase()),
						conditions((Map<String, Object>) grant.get("when"))));
			}
			Operation operation = new Operation(id, required(entry, "duty", id),
					rest == null ? null : required(rest, "method", id), rest == null ? null : required(rest, "path", id),
					(String) entry.get("grpc"), grants, open);
			checkPublicity(operation, allow != null);
			operations.add(operation);
		}
		return new DutyPolicy(operations);
	}

	/**
	 * A public operation (公示, {@code public: true}) is a REST read under {@link Operation#PUBLIC_PREFIX} and grants
	 * nothing to roles — it is everyone's, with or without a token; every other operation lists its grants and lies
	 * outside that prefix. So the gateway and the services can tell a public call by its route alone, and a grant
	 * cannot be widened to the public by a stray line.
	 */
	private static void checkPublicity(Operation operation, boolean listsGrants) {
		String where = LOCATION + ": " + operation.id();
		boolean underPrefix = operation.path() != null && operation.path().startsWith(Operation.PUBLIC_PREFIX);
		if (operation.open()) {
			if (listsGrants) {
				throw new IllegalStateException(where + " is public: it lists no 'allow' (anyone may call it)");
			}
			if (!"GET".equals(operation.method()) || operation.grpcMethod() != null) {
				throw new IllegalStateException(where + " is public: only a REST GET may be (no gRPC method, no change)");
			}
			if (!underPrefix) {
				throw new IllegalStateException(where + " is public: its path starts with " + Operation.PUBLIC_PREFIX);
			}
		}
		else {
			if (!listsGrants) {
				throw new IllegalStateException(where + " lacks 'allow' (or 'public: true')");
			}
			if (underPrefix) {
				throw new IllegalStateException(where + " lies under " + Operation.PUBLIC_PREFIX
						+ ", which only public operations ('public: true') may");
			}
		}
	}

	private static Map<String, Set<String>> conditions(Map<String, Object> when) {
		Map<String, Set<String>> conditions = new LinkedHashMap<>();
		if (when != null) {
			when.forEach((fact, values) -> {
				Set<String> allowed = new LinkedHashSet<>();
				if (values instanceof List<?> list) {
					list.forEach(value -> allowed.add(String.valueOf(value)));
				}
				else {
					allowed.add(String.valueOf(values));
				}
				conditions.put(fact, Set.copyOf(allowed));
			});
		}
		return conditions;
	}

	public List<Operation> operations() {
		return operations;
	}

	public Optional<Operation> operation(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public Optional<Operation> forRequest(String method, String path) {
		for (Route route : routes) {
			if (route.operation().method().equalsIgnoreCase(method) && route.pattern().matches(path)) {
				return Optional.of(route.operation());
			}
		}
		return Optional.empty();
	}

	/** The public operation (公示) a request is for, if it is for one: such a call needs no caller. */
	public Optional<Operation> publicOperation(String method, String path) {
		return forRequest(method, path).filter(Operation::open);
	}

	public Optional<Operation> forGrpc(String fullMethodName) {
		return operations.stream().filter(operation -> fullMethodName.equals(operation.grpcMethod())).findFirst();
	}

	/** Role × operation: whether the caller's role holds a grant for the operation. Object scope is {@link #reach}'s. */
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

	/**
	 * Which objects the caller may touch under the operation, as its grant says.
	 * @throws ForbiddenException when the caller's role holds no grant for it (the duty check refuses such calls
	 * before a use case runs, so this is a second line)
	 * @throws IllegalArgumentException when no operation has this id: a programming error
	 */
	public Reach reach(Caller caller, String operationId) {
		Operation operation = operation(operationId)
			.orElseThrow(() -> new IllegalArgumentException("no operation " + operationId + " in " + LOCATION));
		Decision decision = decide(caller, Optional.of(operation), operationId);
		if (decision instanceof Decision.Refused refused) {
			throw new ForbiddenException(refused.operationId(), refused.reason());
		}
		return new Reach(operation, caller, ((Decision.Allowed) decision).grant());
	}

	private static String required(Map<String, Object> map, String key, String where) {
		Object value = map.get(key);
		if (value == null) {
			throw new IllegalStateException(LOCATION + ": " + where + " lacks '" + key + "'");
		}
		return value.toString();
	}

}
