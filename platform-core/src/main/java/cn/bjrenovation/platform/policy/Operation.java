package cn.bjrenovation.platform.policy;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.identity.Role;

/**
 * One operation of the suite — a REST route, a gRPC method or both — and who may call it.
 *
 * @param id stable name, e.g. {@code housing.community.register}
 * @param duty the Annex 2 duty or plan section the grants come from
 * @param method HTTP method of the REST route, or null
 * @param path path pattern of the REST route ({@code {name}} for a variable), or null
 * @param grpcMethod full gRPC method name ({@code package.Service/Method}), or null
 */
public record Operation(String id, String duty, String method, String path, String grpcMethod, List<Grant> grants) {

	public Operation {
		grants = List.copyOf(grants);
	}

	public Optional<Grant> grantFor(Role role) {
		return grants.stream().filter(grant -> grant.role() == role).findFirst();
	}

	/** Whether a request for {@code method} on {@code path} is this operation's REST route. */
	public boolean matches(String requestMethod, String requestPath) {
		return path != null && method.equalsIgnoreCase(requestMethod) && RoutePattern.parse(path).matches(requestPath);
	}

}
