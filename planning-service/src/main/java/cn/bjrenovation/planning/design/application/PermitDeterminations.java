package cn.bjrenovation.planning.design.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.planning.design.domain.DesignCatalogue;
import cn.bjrenovation.planning.design.domain.DesignScheme;
import cn.bjrenovation.planning.design.domain.ItemPermit;
import cn.bjrenovation.planning.design.domain.PermitRules;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** Applies the commission's permit choices to an approved scheme's permits: one per item, the rest left as they are. */
final class PermitDeterminations {

	private PermitDeterminations() {
	}

	/**
	 * @param current the permits as they stand (the rules' suggestions at approval)
	 * @throws InvalidInputException naming each choice for an item the scheme does not hold
	 */
	static List<ItemPermit> apply(DesignScheme scheme, List<ItemPermit> current,
			List<ReviewDesignCommand.PermitChoice> choices, String by, Instant at) {
		Map<String, ItemPermit> byCode = new LinkedHashMap<>();
		current.forEach(permit -> byCode.put(permit.code(), permit));
		FieldCheck check = new FieldCheck();
		for (int i = 0; i < choices.size(); i++) {
			ReviewDesignCommand.PermitChoice choice = choices.get(i);
			ItemPermit now = byCode.get(choice.code());
			if (now == null) {
				check.require(false, "permits[" + i + "].catalogueCode", "version " + scheme.version() + " holds no item "
						+ choice.code());
				continue;
			}
			byCode.put(choice.code(), new ItemPermit(now.code(), choice.determination(), now.suggested(), choice.reason(),
					by, at, choice.determination() == now.determination() ? now.check() : null));
		}
		check.throwIfAny();
		return new ArrayList<>(byCode.values());
	}

	static List<ItemPermit> suggested(DesignCatalogue catalogue, DesignScheme scheme, Instant at) {
		return PermitRules.suggest(catalogue, scheme, at);
	}

}
