package cn.bjrenovation.housing.vote.application;

import java.math.BigDecimal;

import cn.bjrenovation.platform.validation.FieldCheck;

/** The checks an exclusive floor area (m², two decimals at most) passes. */
final class Ballots {

	static final BigDecimal MAX_AREA = new BigDecimal("9999999999.99");

	private Ballots() {
	}

	static void checkArea(BigDecimal area, String field, FieldCheck check) {
		check.present(area, field);
		if (area != null) {
			check.require(area.signum() > 0 && area.compareTo(MAX_AREA) <= 0, field,
					"must be more than 0 and at most " + MAX_AREA.toPlainString() + " m²");
			check.require(area.stripTrailingZeros().scale() <= 2, field, "at most two decimals (m²)");
		}
	}

}
