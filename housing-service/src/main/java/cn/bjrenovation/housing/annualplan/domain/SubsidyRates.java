package cn.bjrenovation.housing.annualplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.RenovationItem;
import cn.bjrenovation.housing.project.domain.RenovationProject;

/**
 * The government subsidy a project is estimated to need while the plan is compiled, until finance-service holds the
 * cost-sharing rules (DOMAIN §7): an amount per m² of the community's floor area for each item class the project
 * wants, added up. Basic items are paid by the government first, complete items get a government reward, upgrade
 * items are left to social capital (§三(七)) — so the defaults (settings) are highest for BASIC and 0 for UPGRADE.
 *
 * @param fenPerSquareMetre estimated subsidy in fen (分) per m² of floor area, by item class; a class not listed is 0
 */
public record SubsidyRates(Map<ItemClass, Long> fenPerSquareMetre) {

	public SubsidyRates {
		EnumMap<ItemClass, Long> rates = new EnumMap<>(ItemClass.class);
		fenPerSquareMetre.forEach((itemClass, fen) -> {
			if (fen == null || fen < 0) {
				throw new IllegalArgumentException("the subsidy rate of " + itemClass + " must be 0 or more fen per m²");
			}
			rates.put(itemClass, fen);
		});
		fenPerSquareMetre = Map.copyOf(rates);
	}

	public long rate(ItemClass itemClass) {
		return fenPerSquareMetre.getOrDefault(itemClass, 0L);
	}

	/** The estimate for the project, in fen: floor area × the sum of the rates of the classes it wants, rounded. */
	public long estimate(RenovationProject project) {
		Set<ItemClass> classes = EnumSet.noneOf(ItemClass.class);
		for (RenovationItem item : project.application().items()) {
			classes.add(item.itemClass());
		}
		long perSquareMetre = classes.stream().mapToLong(this::rate).sum();
		return project.community().floorArea().multiply(BigDecimal.valueOf(perSquareMetre))
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

}
