package cn.bjrenovation.gateway;

import java.util.List;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who the caller is, and every operation its duties allow (like X-Road's
 * {@code allowedMethods}), so a console shows only what its user may do.
 */
@RestController
class MeController {

	/** The caller and its allowed operations. */
	record Me(String subject, String role, Scope scope, List<AllowedOperation> operations) {
	}

	/** The place the caller acts in; absent parts are null. */
	record Scope(String district, String street, String community, String utility) {
	}

	/** One operation the caller may call, and in which scope. */
	record AllowedOperation(String id, String method, String path, String grpc, String scope, String duty) {
	}

	private final DutyPolicy policy;

	MeController(DutyPolicy policy) {
		this.policy = policy;
	}

	@GetMapping("/api/me")
	Me me(@RequestAttribute(CallGuard.CALLER) Caller caller) {
		List<AllowedOperation> allowed = policy.operations()
			.stream()
			.flatMap(operation -> operation.grantFor(caller.role())
				.map(grant -> new AllowedOperation(operation.id(), operation.method(), operation.path(),
						operation.grpcMethod(), grant.scope().name().toLowerCase(), operation.duty()))
				.stream())
			.toList();
		return new Me(caller.subject(), caller.role().name(),
				new Scope(caller.districtCode(), caller.streetCode(), caller.communityId(), caller.utility()), allowed);
	}

}
