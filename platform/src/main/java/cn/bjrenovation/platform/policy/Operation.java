package cn.bjrenovation.platform.policy;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.identity.Role;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

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

	private static final PathPatternParser PARSER = new PathPatternParser();

	public Operation {
		grants = List.copyOf(grants);
	}

	public Optional<Grant> grantFor(Role role) {
		return grants.stream().filter(grant -> grant.role() == role).findFirst();
	}

	/** The REST path as a pattern, parsed anew on each call (the policy keeps its own parsed copies). */
	public PathPattern pattern() {
		return PARSER.parse(path);
	}

}
