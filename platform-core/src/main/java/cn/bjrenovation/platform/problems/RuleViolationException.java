package cn.bjrenovation.platform.problems;

/**
 * The request is well-formed, but a rule of the plan refuses it, and the answer names the rule (e.g. {@code A3-8
 * 一次性提出审查意见}) and the field it concerns, so an official knows which provision stands in the way. REST answers 422
 * problem+json with {@code rule} and {@code field}; gRPC answers FAILED_PRECONDITION, as for any
 * {@link ConflictException}.
 */
public class RuleViolationException extends ConflictException {

	private final String rule;

	private final String field;

	/**
	 * @param rule the rule as the plan names it, e.g. {@code A3-8 一次性提出审查意见}
	 * @param field the request field the refusal concerns (JSON name), e.g. {@code comments[2].part}
	 */
	public RuleViolationException(String rule, String field, String reason) {
		super("rule " + rule + ": " + reason);
		this.rule = rule;
		this.field = field;
	}

	public String rule() {
		return rule;
	}

	public String field() {
		return field;
	}

}
