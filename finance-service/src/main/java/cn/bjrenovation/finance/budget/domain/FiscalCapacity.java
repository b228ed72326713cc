package cn.bjrenovation.finance.budget.domain;

/**
 * What the city can spend on renovation in a fiscal year (财政承受能力): the sum of that year's budget lines, and
 * how much of it is not yet committed. A year without lines has a capacity of zero, not an error. Amounts in
 * fen (分).
 *
 * @param availableFen budgeted minus committed
 * @param budgetLines how many lines the figures are summed from
 */
public record FiscalCapacity(int year, long budgetedFen, long availableFen, int budgetLines) {
}
