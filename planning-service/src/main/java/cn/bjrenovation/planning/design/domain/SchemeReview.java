package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The review of one scheme version: the decision, all its comments (none for an approval), who and when. */
public record SchemeReview(ReviewDecision decision, List<ReviewComment> comments, String reviewer, Instant at) {

	public SchemeReview {
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(reviewer, "reviewer");
		Objects.requireNonNull(at, "at");
		comments = List.copyOf(comments);
	}

}
