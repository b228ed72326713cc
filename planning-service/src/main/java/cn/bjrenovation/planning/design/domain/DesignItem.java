package cn.bjrenovation.planning.design.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of a design scheme: a catalogue item with quantity, unit and estimated cost.
 *
 * @param quantity in {@code unit}, positive
 * @param estimatedCostFen estimated cost, fen (分), not negative
 * @param utility the network a pipeline item touches; null when the item touches none
 * @param description the designer's words; may be null
 * @param demolishes for a demolition item, the illegal-construction determination it removes; null otherwise
 */
public record DesignItem(String code, String name, ItemClass itemClass, BigDecimal quantity, String unit,
		long estimatedCostFen, UtilityKind utility, String description, UUID demolishes) {

	public DesignItem {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(itemClass, "itemClass");
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(unit, "unit");
		if (quantity.signum() <= 0 || estimatedCostFen < 0) {
			throw new IllegalArgumentException("item " + code + " needs a positive quantity and a cost of at least 0");
		}
	}

	/** A pipeline item: it touches a utility network and needs pipeline coordination (管线统筹). */
	public boolean touchesUtility() {
		return utility != null;
	}

	/** Whether the other is the same item with the same content: unchanged between two versions. */
	public boolean sameAs(DesignItem other) {
		return other != null && code.equals(other.code) && quantity.compareTo(other.quantity) == 0
				&& unit.equals(other.unit) && estimatedCostFen == other.estimatedCostFen
				&& Objects.equals(description, other.description) && Objects.equals(demolishes, other.demolishes);
	}

}
