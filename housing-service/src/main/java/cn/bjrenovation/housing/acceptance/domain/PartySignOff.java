package cn.bjrenovation.housing.acceptance.domain;

import java.time.Instant;
import java.util.List;

/**
 * One required party of an acceptance and its latest decision.
 *
 * @param utility the utility of an OPERATOR party (e.g. {@code GAS}); null for the other parties
 * @param decision null while the party has not decided
 * @param findings what the party found to rectify (at least one with a refusal)
 * @param by the subject who recorded the decision; null while none
 */
public record PartySignOff(AcceptanceParty party, String utility, SignOffDecision decision, List<String> findings,
		String by, Instant at) {

	public PartySignOff {
		findings = List.copyOf(findings);
	}

	/** A party that has not decided yet. */
	public static PartySignOff pending(AcceptanceParty party, String utility) {
		return new PartySignOff(party, utility, null, List.of(), null, null);
	}

	public boolean is(AcceptanceParty other, String otherUtility) {
		return party == other && java.util.Objects.equals(utility, otherUtility);
	}

	public boolean signed() {
		return decision == SignOffDecision.SIGN;
	}

	/** How an official names the party: {@code OPERATOR GAS}, {@code OWNERS}. */
	public String name() {
		return utility == null ? party.name() : party.name() + " " + utility;
	}

}
