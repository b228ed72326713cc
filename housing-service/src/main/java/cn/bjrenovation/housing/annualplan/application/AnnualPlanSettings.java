package cn.bjrenovation.housing.annualplan.application;

import java.util.EnumMap;
import java.util.Map;

import cn.bjrenovation.housing.annualplan.domain.BasicShareMeasure;
import cn.bjrenovation.housing.annualplan.domain.PlanRules;
import cn.bjrenovation.housing.annualplan.domain.SubsidyRates;
import cn.bjrenovation.housing.project.domain.ItemClass;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a year's plan is checked (application.yml, {@code renovation.housing.annual-plan}).
 *
 * @param basicShareMeasure how the "total task volume" of the 20% rule is measured: {@code FLOOR_AREA} (default) or
 * {@code COUNT}; the other share is shown beside it
 * @param subsidyFenPerSquareMetre the estimated government subsidy per m² of floor area, in fen, for each item class
 * a project wants — an estimate until finance-service holds the cost-sharing rules (DOMAIN §7). Defaults: BASIC
 * 20000 (¥200/m²: government first), COMPLETE 5000 (¥50/m²: a government reward), UPGRADE 0 (social capital)
 */
@ConfigurationProperties("renovation.housing.annual-plan")
@Validated
public record AnnualPlanSettings(@NotNull @DefaultValue("FLOOR_AREA") BasicShareMeasure basicShareMeasure,
		Map<ItemClass, Long> subsidyFenPerSquareMetre) {

	/** The defaults, marked as such in application.yml. */
	static final Map<ItemClass, Long> DEFAULT_RATES = Map.of(ItemClass.BASIC, 20_000L, ItemClass.COMPLETE, 5_000L,
			ItemClass.UPGRADE, 0L);

	public AnnualPlanSettings {
		Map<ItemClass, Long> rates = new EnumMap<>(DEFAULT_RATES);
		if (subsidyFenPerSquareMetre != null) {
			rates.putAll(subsidyFenPerSquareMetre);
		}
		subsidyFenPerSquareMetre = Map.copyOf(rates);
	}

	public PlanRules rules() {
		return new PlanRules(basicShareMeasure, new SubsidyRates(subsidyFenPerSquareMetre));
	}

}
