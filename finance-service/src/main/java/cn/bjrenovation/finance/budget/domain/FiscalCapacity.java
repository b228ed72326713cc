package cn.bjrenovation.finance.budget.domain;

import java.util.List;

/**
 * What the city can spend on renovation in a fiscal year (财政承受能力): the sum of that year's budget lines, what is
 * committed (held or posted) and paid out of them, and what is left: {@code available = budgeted − committed −
 * disbursed}, for the year and per source. A year without lines has a capacity of zero, not an error. Amounts in fen
 * (分).
 *
 * @param budgetLines how many lines the figures are summed from
 * @param sources the same figures per funding source that has a line in the year
 */
public record FiscalCapacity(int year, long budgetedFen, long availableFen, int budgetLines, long committedFen,
		long disbursedFen, List<SourceCapacity> sources) {

	/** One source's share of the year's figures, fen. */
	public record SourceCapacity(FundingSource source, long budgetedFen, long committedFen, long disbursedFen,
			long availableFen) {
	}

	public FiscalCapacity {
		sources = List.copyOf(sources);
	}

	/** The year's figures summed from its sources'. */
	public static FiscalCapacity of(int year, int budgetLines, List<SourceCapacity> sources) {
		return new FiscalCapacity(year, sources.stream().mapToLong(SourceCapacity::budgetedFen).sum(),
				sources.stream().mapToLong(SourceCapacity::availableFen).sum(), budgetLines,
				sources.stream().mapToLong(SourceCapacity::committedFen).sum(),
				sources.stream().mapToLong(SourceCapacity::disbursedFen).sum(), sources);
	}

}
