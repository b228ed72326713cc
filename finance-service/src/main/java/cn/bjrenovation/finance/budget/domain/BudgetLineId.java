package cn.bjrenovation.finance.budget.domain;

import java.util.UUID;

/** Identity of a budget line. */
public record BudgetLineId(UUID value) {

	public static BudgetLineId newId() {
		return new BudgetLineId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
