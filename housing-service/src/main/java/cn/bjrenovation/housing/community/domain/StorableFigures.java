package cn.bjrenovation.housing.community.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * The largest figures the register's columns hold. A figure beyond them is refused with the reason — from a
 * request or a survey row alike — rather than making the database refuse it (a 500, or a whole import chunk).
 */
final class StorableFigures {

	/** {@code NUMERIC(12, 2)}: areas in m². */
	static final BigDecimal LARGEST_AREA = new BigDecimal("9999999999.99");

	/** {@code SMALLINT}: a building's units. */
	static final int MOST_UNITS = Short.MAX_VALUE;

	private StorableFigures() {
	}

	static void units(Integer units, FieldCheck check) {
		check.require(units == null || units <= MOST_UNITS, "units",
				units + " units is more than a building has (at most " + MOST_UNITS + ")");
	}

	static void area(BigDecimal area, String field, FieldCheck check) {
		if (area == null) {
			return;
		}
		check.require(area.compareTo(LARGEST_AREA) <= 0 && area.setScale(2, RoundingMode.HALF_UP).compareTo(LARGEST_AREA) <= 0,
				field, area.toPlainString() + " m² is more than the register holds (at most "
						+ LARGEST_AREA.toPlainString() + " m²)");
	}

}
