package cn.bjrenovation.housing.annualplan.domain;

/**
 * What the city can spend on renovation in a year (财政承受能力), as the Finance Bureau reports it; the annual
 * plan (年度任务计划) is compiled within it. Amounts in fen (分).
 */
public record FiscalCapacity(int year, long budgetedFen, long availableFen, int budgetLines) {
}
