package cn.bjrenovation.housing.vote.domain;

import java.util.Objects;
import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of one owners' vote: finance cites it as the evidence of a maintenance-fund raising or use. */
public record VoteId(UUID value) {

	public VoteId {
		Objects.requireNonNull(value, "a vote id needs a value");
	}

	public static VoteId newId() {
		return new VoteId(UUID.randomUUID());
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a vote id (a UUID) */
	public static VoteId parse(String text, String field) {
		try {
			return new VoteId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a vote id (a UUID)");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
