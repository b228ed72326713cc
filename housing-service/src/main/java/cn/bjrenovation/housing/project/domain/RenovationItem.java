package cn.bjrenovation.housing.project.domain;

import java.util.Objects;

/**
 * One item of the renovation catalogue (Annex 1 items 6–8).
 *
 * @param code stable code, e.g. {@code WATER_SUPPLY}
 * @param name the plan's Chinese term, e.g. 供水
 * @param touchesUtility whether the item touches a utility network (water, drainage, power, gas, heating, telecom,
 * fibre, overhead lines): a pipeline item, which needs pipeline coordination (管线统筹) before construction
 */
public record RenovationItem(String code, String name, String englishName, ItemClass itemClass,
		boolean touchesUtility) {

	public RenovationItem {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(englishName, "englishName");
		Objects.requireNonNull(itemClass, "itemClass");
	}

}
