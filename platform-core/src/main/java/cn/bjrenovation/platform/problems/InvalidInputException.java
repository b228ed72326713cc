package cn.bjrenovation.platform.problems;

import java.util.List;

/**
 * Input that breaks a rule, naming each offending field and why. REST answers 400 problem+json with an
 * {@code errors} list; gRPC answers INVALID_ARGUMENT with the same details.
 */
public class InvalidInputException extends RuntimeException {

	/**
	 * One broken rule: the field (JSON name) and the reason in words an official understands. A reason quoting a huge
	 * input is cut to {@link #MAX_REASON} characters: the answer names the problem, it does not echo the input back
	 * (a gRPC status carries it in a header, which has a size limit).
	 */
	public record FieldProblem(String field, String reason) {

		public static final int MAX_REASON = 300;

		public FieldProblem {
			field = Echo.cut(field, 100);
			reason = Echo.cut(reason, MAX_REASON);
		}

	}

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String reason) {
		this(List.of(new FieldProblem(field, reason)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
