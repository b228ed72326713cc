package cn.bjrenovation.housing.vote.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;

/**
 * An owners' vote (业主共同决定), organised by the street for a community of its street and recorded by the community
 * organisation, ballot by ballot; the street closes it and the matter's {@link VoteRule} computes the result.
 *
 * @param projectId the project it is about (e.g. try-before-buy's closing vote); null when none
 * @param owners the electorate: the number of owners
 * @param area the electorate: their exclusive floor area, m²
 * @param result null while open
 */
public record OwnersVote(VoteId id, CommunityId communityId, String districtCode, String streetCode,
		ProjectId projectId, VoteMatter matter, String question, int owners, BigDecimal area, VoteStatus status,
		String organisedBy, Instant organisedAt, Instant closedAt, List<Ballot> ballots, VoteResult result) {

	public OwnersVote {
		ballots = List.copyOf(ballots);
	}

	/**
	 * The vote with more ballots.
	 * @throws ConflictException when the vote is closed, a unit has voted already (naming it), or the ballots would
	 * outnumber the owners or exceed their area
	 */
	public OwnersVote withBallots(List<Ballot> more) {
		requireOpen();
		Set<String> units = new HashSet<>();
		ballots.forEach(ballot -> units.add(ballot.unit()));
		for (Ballot ballot : more) {
			if (!units.add(ballot.unit())) {
				throw new ConflictException("unit " + ballot.unit() + " has voted already in vote " + id
						+ "; a unit votes once");
			}
		}
		List<Ballot> all = new ArrayList<>(ballots);
		all.addAll(more);
		if (all.size() > owners) {
			throw new ConflictException(all.size() + " ballots would outnumber the " + owners + " owners of vote " + id);
		}
		BigDecimal total = all.stream().map(Ballot::area).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(area) > 0) {
			throw new ConflictException("ballots of " + total.toPlainString() + " m² would exceed the owners' "
					+ area.toPlainString() + " m² of exclusive floor area in vote " + id);
		}
		return new OwnersVote(id, communityId, districtCode, streetCode, projectId, matter, question, owners, area,
				status, organisedBy, organisedAt, closedAt, all, result);
	}

	/** Closed by the street: the result the rule computes from the ballots. */
	public OwnersVote close(VoteRule rule, Instant at) {
		requireOpen();
		VoteResult decided = rule.decide(owners, area, ballots);
		return new OwnersVote(id, communityId, districtCode, streetCode, projectId, matter, question, owners, area,
				decided.passed() ? VoteStatus.PASSED : VoteStatus.FAILED, organisedBy, organisedAt, at, ballots,
				decided);
	}

	public boolean passed() {
		return status == VoteStatus.PASSED;
	}

	private void requireOpen() {
		if (status != VoteStatus.OPEN) {
			throw new ConflictException("vote " + id + " is " + status + ": it is closed");
		}
	}

}
