package cn.bjrenovation.housing.vote.application;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.bjrenovation.housing.vote.domain.Ballot;
import cn.bjrenovation.housing.vote.domain.BallotChoice;
import cn.bjrenovation.housing.vote.domain.VoteId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/** Ballots the community organisation records on an open vote, each unit once. */
public record RecordBallotsCommand(VoteId voteId, List<Ballot> ballots) {

	static final int MAX_BALLOTS = 5_000;

	/** A ballot as given. */
	public record Given(String unit, BigDecimal area, String choice) {
	}

	/** @throws InvalidInputException naming every bad field at once (a unit given twice among them too) */
	public static RecordBallotsCommand of(String voteId, List<Given> ballots) {
		FieldCheck check = new FieldCheck();
		VoteId id = check.parsed(() -> VoteId.parse(voteId, "voteId"));
		List<Given> given = ballots == null ? List.of() : ballots;
		check.require(!given.isEmpty(), "ballots", "at least one ballot");
		check.require(given.size() <= MAX_BALLOTS, "ballots", "at most " + MAX_BALLOTS + " ballots at once");
		Set<String> units = new HashSet<>();
		List<Ballot> read = new java.util.ArrayList<>();
		for (int i = 0; i < given.size() && i < MAX_BALLOTS; i++) {
			Given ballot = given.get(i);
			String field = "ballots[" + i + "]";
			if (ballot == null) {
				check.present(null, field);
				continue;
			}
			check.plainText(ballot.unit(), field + ".unit", 50);
			Ballots.checkArea(ballot.area(), field + ".area", check);
			BallotChoice choice = check.choice(ballot.choice(), field + ".choice", BallotChoice.class);
			if (ballot.unit() != null && !ballot.unit().isBlank()) {
				check.require(units.add(ballot.unit().strip()), field + ".unit",
						"unit " + ballot.unit().strip() + " is given twice; a unit votes once");
				read.add(new Ballot(ballot.unit().strip(), ballot.area(), choice));
			}
		}
		check.throwIfAny();
		return new RecordBallotsCommand(id, read);
	}

}
