package cn.bjrenovation.planning.design.domain;

import java.util.Objects;

/** A technical comment of a review, anchored to one part of the scheme ({@link SchemePart}). */
public record ReviewComment(String part, String text) {

	public ReviewComment {
		Objects.requireNonNull(part, "part");
		Objects.requireNonNull(text, "text");
	}

}
