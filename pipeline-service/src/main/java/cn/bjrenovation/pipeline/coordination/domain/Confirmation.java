package cn.bjrenovation.pipeline.coordination.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an operator confirmed of its part.
 *
 * @param scope the works it confirms, in its words
 * @param from first day of its own works, inside its windows
 * @param to last day of its own works, inside its windows
 * @param contributionFen what it pays for its own network (管线单位出资), fen
 */
public record Confirmation(String scope, LocalDate from, LocalDate to, long contributionFen) {

	public Confirmation {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}

}
