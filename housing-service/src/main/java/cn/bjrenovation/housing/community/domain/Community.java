package cn.bjrenovation.housing.community.domain;

import java.util.ArrayList;
import java.util.List;

import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;

/**
 * A residential community (小区) in the city-wide old-community database. Only communities built before 2000
 * are in the programme's scope (plan §三(一)); registration refuses any other.
 */
public record Community(CommunityId id, String name, String districtCode, String streetCode, int buildYear) {

	/** The programme covers communities built before this year (2000年底前建成). */
	public static final int SCOPE_BUILT_BEFORE = 2000;

	/** Earliest plausible build year; older entries are typing mistakes. */
	public static final int EARLIEST_BUILD_YEAR = 1900;

	/**
	 * Registers a surveyed community, checking every rule at once so the surveyor sees all problems together.
	 * @throws InvalidInputException listing each broken rule by field
	 */
	public static Community register(CommunityId id, String name, String districtCode, String streetCode, int buildYear,
			Divisions divisions) {
		List<FieldProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("name", "must not be blank"));
		}
		if (buildYear >= SCOPE_BUILT_BEFORE) {
			problems.add(new FieldProblem("buildYear", "built in " + buildYear
					+ ": only communities built before " + SCOPE_BUILT_BEFORE + " are in the renovation programme (plan §三(一))"));
		}
		else if (buildYear < EARLIEST_BUILD_YEAR) {
			problems.add(new FieldProblem("buildYear", buildYear + " is before " + EARLIEST_BUILD_YEAR + "; check the survey"));
		}
		if (!divisions.isDistrict(districtCode)) {
			problems.add(new FieldProblem("districtCode", "'" + districtCode + "' is not a Beijing district code"));
		}
		else if (!divisions.isStreetOf(streetCode, districtCode)) {
			problems.add(new FieldProblem("streetCode",
					"'" + streetCode + "' is not a street or township of district " + districtCode));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Community(id, name.strip(), districtCode, streetCode, buildYear);
	}

}
