package cn.bjrenovation.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Grant;
import cn.bjrenovation.platform.policy.Operation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Writes into every documented operation the entry of {@code policy/duties.yml} that allows it, so a reader of the
 * description sees which duty each call needs: its {@code operationId} becomes the policy id, and the extension
 * {@value #EXTENSION} holds the id, the Annex 2 duty and the grants — {@code [{role, scope, when}]}, or
 * {@code public: true} for the notice board (公示), which also needs no token. An operation the policy does not list
 * gets no extension (the gateway and the service refuse it by default deny), and each service's description test
 * ({@code ApiDescriptions} in the test support) fails on it.
 */
public final class DutyExtensions implements OpenApiCustomizer {

	/** The extension every documented operation carries. */
	public static final String EXTENSION = "x-duty";

	/** The security scheme of every non-public operation: the suite's JWT, or the console's session at the gateway. */
	public static final String BEARER = "bearer";

	private final DutyPolicy policy;

	public DutyExtensions(DutyPolicy policy) {
		this.policy = policy;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			Optional<Operation> entry = entryFor(method.name(), path);
			if (entry.isEmpty()) {
				return;
			}
			operation.setOperationId(entry.get().id());
			operation.addExtension(EXTENSION, extension(entry.get()));
			operation.setSecurity(entry.get().open() ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
		}));
	}

	private Optional<Operation> entryFor(String method, String path) {
		String route = route(method, path);
		return policy.operations()
			.stream()
			.filter(operation -> operation.path() != null && route.equals(route(operation.method(), operation.path())))
			.findFirst();
	}

	private static Map<String, Object> extension(Operation operation) {
		Map<String, Object> duty = new LinkedHashMap<>();
		duty.put("id", operation.id());
		duty.put("duty", operation.duty());
		if (operation.open()) {
			duty.put("public", true);
			return duty;
		}
		duty.put("allow", operation.grants().stream().map(DutyExtensions::grant).toList());
		return duty;
	}

	private static Map<String, Object> grant(Grant grant) {
		Map<String, Object> written = new LinkedHashMap<>();
		written.put("role", grant.role().name());
		written.put("scope", grant.scope().name().toLowerCase());
		if (!grant.when().isEmpty()) {
			Map<String, Object> when = new LinkedHashMap<>();
			grant.when().entrySet().stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach(condition -> when.put(condition.getKey(), new TreeSet<>(condition.getValue())));
			written.put("when", when);
		}
		return written;
	}

	/** Method and path with variables unnamed, so {@code {id}} and {@code {communityId}} compare equal. */
	private static String route(String method, String path) {
		return method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}");
	}

}
