package cn.bjrenovation.finance.budget.domain;

/**
 * Where a budget line stands in the subsidy ledger, fen: {@code budgeted = held + committed + disbursed + available}
 * (released commitments return to available).
 *
 * @param heldFen on hold for projects (pending)
 * @param committedFen committed to projects (posted), not yet paid
 * @param disbursedFen paid to projects
 * @param availableFen never below zero: the ledger's guard
 */
public record LineStanding(BudgetLine line, long heldFen, long committedFen, long disbursedFen, long availableFen) {
}
