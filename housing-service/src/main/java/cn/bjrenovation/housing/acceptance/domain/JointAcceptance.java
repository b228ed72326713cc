package cn.bjrenovation.housing.acceptance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;

/**
 * The joint acceptance of a project's works (联合验收, plan §三(七)): the district opens it once construction is
 * completed; the builder, the property company, the owners' organisation, the street and the operator of every
 * utility with pipeline works on the project each sign it off, or refuse with findings and sign later after
 * rectification. It passes with the last required sign-off — never with one missing.
 */
public record JointAcceptance(ProjectId projectId, AcceptanceStatus status, LocalDate openedOn, String note,
		String openedBy, Instant openedAt, Instant passedAt, List<PartySignOff> parties) {

	/** The parties every acceptance needs, in the order they are listed; operators follow, one per utility. */
	public static final List<AcceptanceParty> ALWAYS_REQUIRED = List.of(AcceptanceParty.BUILDER,
			AcceptanceParty.PROPERTY_COMPANY, AcceptanceParty.OWNERS, AcceptanceParty.STREET);

	public JointAcceptance {
		parties = List.copyOf(parties);
	}

	/** Opened with every required party pending: the four always, and one operator per utility with works. */
	public static JointAcceptance open(ProjectId projectId, Set<String> utilitiesWithWorks, LocalDate openedOn,
			String note, String openedBy, Instant at) {
		List<PartySignOff> parties = new ArrayList<>();
		ALWAYS_REQUIRED.forEach(party -> parties.add(PartySignOff.pending(party, null)));
		utilitiesWithWorks.stream()
			.sorted()
			.forEach(utility -> parties.add(PartySignOff.pending(AcceptanceParty.OPERATOR, utility)));
		return new JointAcceptance(projectId, AcceptanceStatus.OPEN, openedOn, note, openedBy, at, null, parties);
	}

	/**
	 * A party's decision. A refusal keeps the acceptance open; the sign-off that completes every required party's
	 * passes it.
	 * @throws ConflictException when the acceptance has passed already
	 * @throws InvalidInputException when the party is not one this acceptance needs, or a refusal has no finding
	 */
	public JointAcceptance decide(AcceptanceParty party, String utility, SignOffDecision decision,
			List<String> findings, String by, Instant at) {
		if (status == AcceptanceStatus.PASSED) {
			throw new ConflictException("the joint acceptance of project " + projectId + " has passed already");
		}
		if (decision == SignOffDecision.REFUSE && findings.isEmpty()) {
			throw new InvalidInputException("findings", "a refusal names at least one finding to rectify");
		}
		List<PartySignOff> decided = new ArrayList<>();
		boolean found = false;
		for (PartySignOff each : parties) {
			if (each.is(party, utility)) {
				decided.add(new PartySignOff(party, utility, decision, findings, by, at));
				found = true;
			}
			else {
				decided.add(each);
			}
		}
		if (!found) {
			throw new InvalidInputException(utility == null ? "party" : "utility",
					(utility == null ? party.name() : party + " " + utility)
							+ " is not a party to this acceptance; its parties are " + String.join(", ",
									parties.stream().map(PartySignOff::name).toList()));
		}
		boolean complete = decided.stream().allMatch(PartySignOff::signed);
		return new JointAcceptance(projectId, complete ? AcceptanceStatus.PASSED : AcceptanceStatus.OPEN, openedOn,
				note, openedBy, openedAt, complete ? at : null, decided);
	}

	/** The parties whose sign-off is still missing (pending or refused). */
	public List<String> missing() {
		return parties.stream().filter(party -> !party.signed()).map(PartySignOff::name).toList();
	}

	public boolean passed() {
		return status == AcceptanceStatus.PASSED;
	}

	/** Whether the operator of this utility is a party (their works lie on the project). */
	public boolean hasOperator(String utility) {
		return parties.stream().anyMatch(party -> party.is(AcceptanceParty.OPERATOR, utility));
	}

}
