package cn.bjrenovation.housing.surveyimport.domain;

import java.util.List;

/**
 * What became of a chunk's rows: each is exactly one of imported, already present (identical), changed (it
 * differs from the registered one: {@code changes} lists how) or rejected ({@code problems} lists why).
 */
public record ChunkOutcome(int processed, int imported, int alreadyPresent, List<RowProblem> changes,
		List<RowProblem> problems) {

	public int changedRows() {
		return lines(changes);
	}

	public int rejectedRows() {
		return lines(problems);
	}

	private static int lines(List<RowProblem> entries) {
		return (int) entries.stream().mapToInt(RowProblem::line).distinct().count();
	}

}
