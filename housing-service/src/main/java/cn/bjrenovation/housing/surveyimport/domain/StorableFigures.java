package cn.bjrenovation.housing.surveyimport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * The largest figures the register's columns hold. A row beyond them is refused with the reason, rather than
 * making the database refuse its whole chunk.
 */
public final class StorableFigures {

	/** {@code NUMERIC(12, 2)}: areas in m². */
	static final BigDecimal LARGEST_AREA = new BigDecimal("9999999999.99");

	/** {@code SMALLINT}: a building's units. */
	static final int MOST_UNITS = Short.MAX_VALUE;

	private StorableFigures() {
	}

	public static void check(CommunitySurvey survey, FieldCheck check) {
		area(survey.floorArea(), "floorArea", check);
	}

	public static void check(Building building, FieldCheck check) {
		area(building.floorArea(), "floorArea", check);
		check.require(building.units() <= MOST_UNITS, "units",
				building.units() + " units is more than a building has (at most " + MOST_UNITS + ")");
	}

	private static void area(BigDecimal area, String field, FieldCheck check) {
		check.require(area.compareTo(LARGEST_AREA) <= 0 && area.setScale(2, RoundingMode.HALF_UP).compareTo(LARGEST_AREA) <= 0,
				field, area.toPlainString() + " m² is more than the register holds (at most "
						+ LARGEST_AREA.toPlainString() + " m²)");
	}

}
