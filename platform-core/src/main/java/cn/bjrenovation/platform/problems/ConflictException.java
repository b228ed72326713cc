package cn.bjrenovation.platform.problems;

/**
 * The request is well-formed but the object's current state refuses it: a stale version, a duplicate, or a
 * rule of the life cycle not yet met. REST answers 409 problem+json; gRPC answers FAILED_PRECONDITION.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String reason) {
		super(reason);
	}

}
