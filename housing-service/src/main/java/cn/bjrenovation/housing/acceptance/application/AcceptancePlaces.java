package cn.bjrenovation.housing.acceptance.application;

import java.util.Locale;
import java.util.Map;

import cn.bjrenovation.housing.acceptance.domain.AcceptanceParty;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.policy.Reach;

/**
 * Where a project's acceptance, and a party's sign-off of it, lie as the duty policy compares them. Utilities are
 * named in upper case by pipeline's facts ({@code GAS}) and in lower case by an operator's token claim ({@code gas}):
 * a place carries the token's form.
 */
final class AcceptancePlaces {

	private AcceptancePlaces() {
	}

	/**
	 * The acceptance: its project's district, street and community, and — for a reach held to a utility — that utility
	 * when its operator is a party (its works lie on the project).
	 */
	static Place acceptance(RenovationProject project, Reach reach, Map<String, String> works) {
		Place place = project.place(reach);
		String utility = reach.utility().filter(own -> works.containsKey(own.toUpperCase(Locale.ROOT))).orElse(null);
		return new Place(place.districtCode(), place.streetCode(), place.communityId(), utility, Map.of());
	}

	/**
	 * A party's sign-off: the project's place, the utility signed for (an operator's), and which party it is (the
	 * fact the policy's {@code acceptanceParty} condition reads).
	 */
	static Place signOff(RenovationProject project, Reach reach, AcceptanceParty party, String utility) {
		Place place = project.place(reach);
		return new Place(place.districtCode(), place.streetCode(), place.communityId(),
				utility == null ? null : utility.toLowerCase(Locale.ROOT), Map.of(AcceptanceParty.FACT, party.name()));
	}

}
