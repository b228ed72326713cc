package cn.bjrenovation.platform.policy;

/** The policy's answer for one caller and one operation. */
public sealed interface Decision {

	record Allowed(Operation operation, Grant grant) implements Decision {
	}

	/** @param operationId the operation asked for, or the request itself when no operation matches */
	record Refused(String operationId, String reason) implements Decision {
	}

}
