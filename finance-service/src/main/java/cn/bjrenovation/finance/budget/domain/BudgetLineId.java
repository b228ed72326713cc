package cn.bjrenovation.finance.budget.domain;

import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of a budget line. */
public record BudgetLineId(UUID value) {

	public static BudgetLineId newId() {
		return new BudgetLineId(UUID.randomUUID());
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a budget line id (a UUID) */
	public static BudgetLineId parse(String text, String field) {
		try {
			return new BudgetLineId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + cn.bjrenovation.platform.problems.Echo.cut(String.valueOf(text), 80)
					+ "' is not a budget line id (a UUID)");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
