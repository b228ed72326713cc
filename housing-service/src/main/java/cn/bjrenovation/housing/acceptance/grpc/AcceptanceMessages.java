package cn.bjrenovation.housing.acceptance.grpc;

import java.time.Instant;

import cn.bjrenovation.housing.acceptance.domain.JointAcceptance;
import cn.bjrenovation.housing.acceptance.domain.PartySignOff;
import cn.bjrenovation.housing.evaluation.domain.DistrictPerformance;
import cn.bjrenovation.housing.v1.Acceptance;
import cn.bjrenovation.housing.v1.AcceptanceParty;
import cn.bjrenovation.housing.v1.AcceptanceStatus;
import cn.bjrenovation.housing.v1.OwnersVote;
import cn.bjrenovation.housing.v1.SignOffDecision;
import cn.bjrenovation.housing.v1.VoteMatter;
import cn.bjrenovation.housing.v1.VoteStatus;
import cn.bjrenovation.housing.v1.VoteTally;
import com.google.protobuf.Timestamp;

/** The mapping of acceptances, votes and district figures to contract {@code housing.v1}. */
final class AcceptanceMessages {

	private AcceptanceMessages() {
	}

	static Acceptance acceptance(JointAcceptance acceptance) {
		Acceptance.Builder message = Acceptance.newBuilder()
			.setProjectId(acceptance.projectId().toString())
			.setStatus(acceptance.passed() ? AcceptanceStatus.ACCEPTANCE_PASSED : AcceptanceStatus.ACCEPTANCE_OPEN)
			.setOpenedOn(acceptance.openedOn().toString())
			.setNote(acceptance.note())
			.addAllMissing(acceptance.missing());
		if (acceptance.passedAt() != null) {
			message.setPassedAt(timestamp(acceptance.passedAt()));
		}
		acceptance.parties().forEach(party -> message.addParties(party(party)));
		return message.build();
	}

	private static cn.bjrenovation.housing.v1.PartySignOff party(PartySignOff party) {
		var message = cn.bjrenovation.housing.v1.PartySignOff.newBuilder()
			.setParty(AcceptanceParty.valueOf(party.party().name()))
			.setUtility(party.utility() == null ? "" : party.utility())
			.addAllFindings(party.findings())
			.setBy(party.by() == null ? "" : party.by());
		if (party.decision() != null) {
			message.setDecision(SignOffDecision.valueOf(party.decision().name()));
		}
		if (party.at() != null) {
			message.setAt(timestamp(party.at()));
		}
		return message.build();
	}

	static OwnersVote vote(cn.bjrenovation.housing.vote.domain.OwnersVote vote) {
		var tally = cn.bjrenovation.housing.vote.domain.VoteTally.of(vote.owners(), vote.area(), vote.ballots());
		OwnersVote.Builder message = OwnersVote.newBuilder()
			.setVoteId(vote.id().toString())
			.setCommunityId(vote.communityId().toString())
			.setProjectId(vote.projectId() == null ? "" : vote.projectId().toString())
			.setMatter(VoteMatter.valueOf(vote.matter().name()))
			.setQuestion(vote.question())
			.setStatus(VoteStatus.valueOf("VOTE_" + vote.status().name()))
			.setTally(VoteTally.newBuilder()
				.setOwners(tally.owners())
				.setAreaM2(tally.area().doubleValue())
				.setOwnersVoting(tally.ownersVoting())
				.setAreaVotingM2(tally.areaVoting().doubleValue())
				.setOwnersInFavour(tally.ownersFor())
				.setAreaInFavourM2(tally.areaFor().doubleValue()))
			.setOrganisedAt(timestamp(vote.organisedAt()));
		if (vote.result() != null) {
			message.setRule(vote.result().rule()).addAllReasons(vote.result().reasons());
		}
		if (vote.closedAt() != null) {
			message.setClosedAt(timestamp(vote.closedAt()));
		}
		return message.build();
	}

	static cn.bjrenovation.housing.v1.DistrictPerformance performance(DistrictPerformance performance) {
		var message = cn.bjrenovation.housing.v1.DistrictPerformance.newBuilder()
			.setDistrictCode(performance.districtCode())
			.setYear(performance.year())
			.setPlanned(performance.planned())
			.setStarted(performance.started())
			.setCompleted(performance.completed())
			.setAccepted(performance.accepted())
			.setLongTermManaged(performance.longTermManaged())
			.setFloorAreaM2(performance.floorArea().doubleValue())
			.setHouseholds(performance.households())
			.setSurveys(performance.surveys());
		if (performance.meanSatisfaction() != null) {
			message.setMeanSatisfaction(performance.meanSatisfaction().doubleValue());
		}
		return message.build();
	}

	private static Timestamp timestamp(Instant at) {
		return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
	}

}
