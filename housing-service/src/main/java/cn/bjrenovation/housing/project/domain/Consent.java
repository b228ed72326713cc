package cn.bjrenovation.housing.project.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * The residents' consent an application records (征求居民意愿, A1-3; plan §三(一) 居民同意改造整治): owners by number
 * and by exclusive floor area (m²), as the Civil Code counts owners (Art. 278). The plan sets no share an application
 * must reach — it asks that residents were consulted and that the agreeing ones are recorded; the shares are shown
 * to the reviewers, who decide. So the figures are held only to being figures: totals above zero, agreeing ones
 * between zero and their total.
 */
public record Consent(int owners, int ownersAgreeing, BigDecimal area, BigDecimal areaAgreeing) {

	/** {@code NUMERIC(12, 2)}: the largest area the register holds, m². */
	public static final BigDecimal LARGEST_AREA = new BigDecimal("9999999999.99");

	/**
	 * Checks the figures, each under {@code consent.<name>}.
	 * @return the consent, or null when a figure is missing or wrong
	 */
	public static Consent check(Integer owners, Integer ownersAgreeing, BigDecimal area, BigDecimal areaAgreeing,
			FieldCheck check) {
		if (owners == null && ownersAgreeing == null && area == null && areaAgreeing == null) {
			check.require(false, "consent", "is required: owners and exclusive floor area, in total and agreeing");
			return null;
		}
		boolean counts = total(owners, "consent.owners", check) & part(ownersAgreeing, owners, "consent.ownersAgreeing",
				"owners", check);
		boolean areas = area(area, "consent.area", check) & areaPart(areaAgreeing, area, check);
		if (!counts || !areas) {
			return null;
		}
		return new Consent(owners, ownersAgreeing, area.setScale(2, RoundingMode.HALF_UP),
				areaAgreeing.setScale(2, RoundingMode.HALF_UP));
	}

	private static boolean total(Integer value, String field, FieldCheck check) {
		if (value == null) {
			check.present(null, field);
			return false;
		}
		check.require(value > 0, field, "must be more than 0, was " + value);
		return value > 0;
	}

	private static boolean part(Integer value, Integer total, String field, String of, FieldCheck check) {
		if (value == null) {
			check.present(null, field);
			return false;
		}
		boolean ok = value >= 0 && (total == null || value <= total);
		check.require(ok, field, "must be between 0 and the " + of + " in total (" + total + "), was " + value);
		return ok;
	}

	private static boolean area(BigDecimal value, String field, FieldCheck check) {
		if (value == null) {
			check.present(null, field);
			return false;
		}
		boolean ok = value.signum() > 0 && value.compareTo(LARGEST_AREA) <= 0;
		check.require(ok, field, "must be more than 0 m² and at most " + LARGEST_AREA.toPlainString() + " m², was "
				+ value.toPlainString());
		return ok;
	}

	private static boolean areaPart(BigDecimal value, BigDecimal total, FieldCheck check) {
		if (value == null) {
			check.present(null, "consent.areaAgreeing");
			return false;
		}
		boolean ok = value.signum() >= 0 && (total == null || value.compareTo(total) <= 0);
		check.require(ok, "consent.areaAgreeing", "must be between 0 and the area in total ("
				+ (total == null ? null : total.toPlainString()) + " m²), was " + value.toPlainString() + " m²");
		return ok;
	}

	/** Share of owners agreeing, 0..1. */
	public double ownersShare() {
		return (double) ownersAgreeing / owners;
	}

	/** Share of the exclusive floor area agreeing, 0..1. */
	public double areaShare() {
		return areaAgreeing.doubleValue() / area.doubleValue();
	}

}
