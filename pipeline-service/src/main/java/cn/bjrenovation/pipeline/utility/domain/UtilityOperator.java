package cn.bjrenovation.pipeline.utility.domain;

import java.util.Objects;
import java.util.Set;

/**
 * An operator of a utility network (专业管线经营单位) and the districts it serves.
 *
 * @param code stable code, e.g. {@code BJ-GAS}
 * @param name as officials know it, e.g. 北京燃气集团
 * @param districts 6-digit codes of the districts it serves
 */
public record UtilityOperator(String code, String name, Utility utility, Set<String> districts) {

	public UtilityOperator {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(utility, "utility");
		districts = Set.copyOf(districts);
	}

	public boolean serves(String districtCode) {
		return districts.contains(districtCode);
	}

}
