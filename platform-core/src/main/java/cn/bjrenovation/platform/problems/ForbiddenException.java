package cn.bjrenovation.platform.problems;

/**
 * The caller holds the duty but not over this object (object scope), or holds no duty for the operation.
 * REST answers 403 problem+json; gRPC answers PERMISSION_DENIED.
 */
public class ForbiddenException extends RuntimeException {

	private final String operation;

	public ForbiddenException(String operation, String reason) {
		super(reason);
		this.operation = operation;
	}

	public String operation() {
		return operation;
	}

}
