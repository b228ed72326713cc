package cn.bjrenovation.platform.policy;

import java.util.Map;
import java.util.Set;

import cn.bjrenovation.platform.identity.Role;

/**
 * One role allowed to call an operation, the scope it must act within, and the conditions the object must meet
 * (policy key {@code when}: a fact of the object and the values allowed, e.g.
 * {@code propertyRights: [CITY_SOE_NON_OPERATING]} for SASAC's 市属非经 communities).
 */
public record Grant(Role role, Scope scope, Map<String, Set<String>> when) {

	public Grant {
		when = Map.copyOf(when);
	}

	public Grant(Role role, Scope scope) {
		this(role, scope, Map.of());
	}

}
