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
 * @param grants the roles allowed to call it and their scope; none for a public operation
 * @param open a public operation ({@code public: true} in the policy, 公示): a read of what the plan publishes on the
 * notice board, answered to anyone — with or without a token — under {@link #PUBLIC_PREFIX}
 */
public record Operation(String id, String duty, String method, String path, String grpcMethod, List<Grant> grants,
		boolean open) {

	/** Where every public operation's route lies, and nothing else's: a path tells whether a call needs a caller. */
	public static final String PUBLIC_PREFIX = "/api/public/";

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
