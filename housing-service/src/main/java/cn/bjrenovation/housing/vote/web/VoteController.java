package cn.bjrenovation.housing.vote.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import cn.bjrenovation.housing.vote.application.ClosingVote;
import cn.bjrenovation.housing.vote.application.FindingVote;
import cn.bjrenovation.housing.vote.application.ListingVotes;
import cn.bjrenovation.housing.vote.application.OrganiseVoteCommand;
import cn.bjrenovation.housing.vote.application.OrganisingVote;
import cn.bjrenovation.housing.vote.application.RecordBallotsCommand;
import cn.bjrenovation.housing.vote.application.RecordingBallots;
import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.VoteId;
import cn.bjrenovation.housing.vote.domain.VoteResult;
import cn.bjrenovation.housing.vote.domain.VoteTally;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Owners' votes (业主共同决定, 民法典 第二百七十八条): organised and closed by the street, ballots recorded by the community. */
@RestController
@RequestMapping("/api/housing/votes")
class VoteController {

	private final OrganisingVote organising;

	private final RecordingBallots recording;

	private final ClosingVote closing;

	private final FindingVote finding;

	private final ListingVotes listing;

	VoteController(OrganisingVote organising, RecordingBallots recording, ClosingVote closing, FindingVote finding,
			ListingVotes listing) {
		this.organising = organising;
		this.recording = recording;
		this.closing = closing;
		this.finding = finding;
		this.listing = listing;
	}

	@PostMapping
	ResponseEntity<VoteResponse> organise(Caller caller, @RequestBody OrganiseRequest request) {
		OwnersVote vote = organising.organise(caller, OrganiseVoteCommand.of(request.communityId(),
				request.projectId(), request.matter(), request.question(), request.owners(), request.area()));
		return ResponseEntity.created(URI.create("/api/housing/votes/" + vote.id())).body(VoteResponse.of(vote));
	}

	@PostMapping("/{voteId}/ballots")
	VoteResponse ballots(Caller caller, @PathVariable String voteId, @RequestBody BallotsRequest request) {
		return VoteResponse.of(recording.record(caller, RecordBallotsCommand.of(voteId, request.ballots())));
	}

	@PostMapping("/{voteId}/close")
	VoteResponse close(Caller caller, @PathVariable String voteId) {
		return VoteResponse.of(closing.close(caller, VoteId.parse(voteId, "voteId")));
	}

	@GetMapping("/{voteId}")
	VoteResponse get(Caller caller, @PathVariable String voteId) {
		return VoteResponse.of(finding.find(caller, VoteId.parse(voteId, "voteId")));
	}

	@GetMapping
	List<VoteResponse> list(Caller caller, @RequestParam(required = false) String communityId) {
		return listing.list(caller, communityId).stream().map(VoteResponse::of).toList();
	}

	record OrganiseRequest(String communityId, String projectId, String matter, String question, Integer owners,
			BigDecimal area) {
	}

	record BallotsRequest(List<RecordBallotsCommand.Given> ballots) {
	}

	record Count(int owners, BigDecimal area) {
	}

	record VoteResponse(String id, String communityId, String projectId, String matter, String question, String status,
			Count electorate, int ballots, Count participation, Count inFavour, String rule, List<String> reasons,
			String organisedAt, String closedAt) {

		static VoteResponse of(OwnersVote vote) {
			VoteTally tally = VoteTally.of(vote.owners(), vote.area(), vote.ballots());
			VoteResult result = vote.result();
			return new VoteResponse(vote.id().toString(), vote.communityId().toString(),
					vote.projectId() == null ? null : vote.projectId().toString(), vote.matter().name(),
					vote.question(), vote.status().name(), new Count(vote.owners(), vote.area()), vote.ballots().size(),
					new Count(tally.ownersVoting(), tally.areaVoting()), new Count(tally.ownersFor(), tally.areaFor()),
					result == null ? null : result.rule(), result == null ? List.of() : result.reasons(),
					vote.organisedAt().toString(), vote.closedAt() == null ? null : vote.closedAt().toString());
		}

	}

}
