package cn.bjrenovation.housing.annualplan.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * The plan's and the adjustment's fields as the caller sent them, checked in one pass: every bad field reported at
 * once ({@code year}, {@code projectIds[i]}, {@code add[i]}, {@code remove[i]}, {@code reasons}).
 */
public final class PlanForm {

	/** The most projects one request may name. */
	public static final int MAX_PROJECTS = 10_000;

	private PlanForm() {
	}

	/** A compilation: {@code {"year":2026,"projectIds":["…"]}}. */
	public record Compilation(int year, List<ProjectId> projectIds) {
	}

	/** An adjustment: {@code {"add":["…"],"remove":["…"],"reasons":["…"]}}. */
	public record Adjustment(int year, List<ProjectId> add, List<ProjectId> remove, List<String> reasons) {
	}

	/** @throws InvalidInputException naming every bad field */
	public static Compilation compilation(Integer year, List<String> projectIds) {
		FieldCheck check = new FieldCheck();
		checkYear(year, "year", check);
		check.require(projectIds != null && !projectIds.isEmpty(), "projectIds",
				"name at least one reserved project for the plan");
		List<ProjectId> ids = ids(projectIds, "projectIds", new HashSet<>(), check);
		check.throwIfAny();
		return new Compilation(year, ids);
	}

	/** @throws InvalidInputException naming every bad field */
	public static Adjustment adjustment(int year, List<String> add, List<String> remove, List<String> reasons) {
		FieldCheck check = new FieldCheck();
		checkYear(year, "year", check);
		check.require(add != null && !add.isEmpty() || remove != null && !remove.isEmpty(), "add",
				"an adjustment adds or removes at least one project");
		Set<ProjectId> seen = new HashSet<>();
		List<ProjectId> added = ids(add, "add", seen, check);
		List<ProjectId> removed = ids(remove, "remove", seen, check);
		List<String> checked = RenovationProject.checkReasons(reasons, true, "an adjustment of the plan", check);
		check.throwIfAny();
		return new Adjustment(year, added, removed, checked);
	}

	private static void checkYear(Integer year, String field, FieldCheck check) {
		check.present(year, field);
		if (year != null) {
			check.require(year >= 2000 && year <= 2100, field, year + " is not a plan year (2000–2100)");
		}
	}

	/** Parses each id, refusing one named twice in the request (in either list). */
	private static List<ProjectId> ids(List<String> texts, String field, Set<ProjectId> seen, FieldCheck check) {
		List<ProjectId> ids = new ArrayList<>();
		if (texts == null) {
			return ids;
		}
		check.require(texts.size() <= MAX_PROJECTS, field, "at most " + MAX_PROJECTS + " projects, were " + texts.size());
		for (int i = 0; i < texts.size() && i < MAX_PROJECTS; i++) {
			String at = field + "[" + i + "]";
			String text = texts.get(i);
			ProjectId id = check.parsed(() -> ProjectId.parse(text, at));
			if (id != null) {
				check.require(seen.add(id), at, id + " is named more than once");
				ids.add(id);
			}
		}
		return ids;
	}

}
