package cn.bjrenovation.platform.problems;

/**
 * A request body larger than the endpoint accepts. REST answers 413 problem+json naming the limit; gRPC answers
 * RESOURCE_EXHAUSTED.
 */
public class PayloadTooLargeException extends RuntimeException {

	private final long limitBytes;

	/** @param what what was too large, e.g. {@code attachment} */
	public PayloadTooLargeException(String what, long limitBytes) {
		super(what + " is larger than the limit of " + limitBytes + " bytes");
		this.limitBytes = limitBytes;
	}

	public long limitBytes() {
		return limitBytes;
	}

}
