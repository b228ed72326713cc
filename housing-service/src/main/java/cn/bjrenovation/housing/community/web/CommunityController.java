package cn.bjrenovation.housing.community.web;

import java.net.URI;
import java.util.List;

import cn.bjrenovation.housing.community.application.CorrectCommunityCommand;
import cn.bjrenovation.housing.community.application.CorrectingCommunity;
import cn.bjrenovation.housing.community.application.FindingCommunity;
import cn.bjrenovation.housing.community.application.ListingCommunities;
import cn.bjrenovation.housing.community.application.PageTokens;
import cn.bjrenovation.housing.community.application.ReadingCommunityHistory;
import cn.bjrenovation.housing.community.application.RegisteringCommunity;
import cn.bjrenovation.housing.community.application.RetireCommunityCommand;
import cn.bjrenovation.housing.community.application.RetiringCommunity;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunitySort;
import cn.bjrenovation.housing.community.domain.Page;
import cn.bjrenovation.housing.community.domain.PageRequest;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/housing/communities")
class CommunityController {

	private final RegisteringCommunity registering;

	private final CorrectingCommunity correcting;

	private final RetiringCommunity retiring;

	private final FindingCommunity finding;

	private final ReadingCommunityHistory history;

	private final ListingCommunities listing;

	CommunityController(RegisteringCommunity registering, CorrectingCommunity correcting, RetiringCommunity retiring,
			FindingCommunity finding, ReadingCommunityHistory history, ListingCommunities listing) {
		this.registering = registering;
		this.correcting = correcting;
		this.retiring = retiring;
		this.finding = finding;
		this.history = history;
		this.listing = listing;
	}

	@PostMapping
	ResponseEntity<CommunityResponse> register(Caller caller, @RequestBody CommunityRequest request) {
		Community community = registering.register(caller, request.facts());
		return ResponseEntity.created(URI.create("/api/housing/communities/" + community.id()))
			.body(CommunityResponse.of(community));
	}

	@GetMapping
	CommunityPageResponse list(Caller caller, CommunityQueryParameters parameters,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer pageSize,
			@RequestParam(required = false) String pageToken) {
		CommunitySort.Order order = CommunitySort.parse(sort);
		PageRequest page = PageRequest.of(order, pageSize, PageTokens.decode(order, pageToken, "pageToken"));
		Page<Community> result = listing.list(caller, parameters.filter(), page);
		return new CommunityPageResponse(result.items().stream().map(CommunityResponse::of).toList(),
				PageTokens.encode(order, result.next()));
	}

	@GetMapping("/{communityId}")
	CommunityResponse get(Caller caller, @PathVariable String communityId) {
		return CommunityResponse.of(finding.find(caller, CommunityId.parse(communityId, "communityId")));
	}

	@PutMapping("/{communityId}")
	CommunityResponse update(Caller caller, @PathVariable String communityId, @RequestBody CommunityRequest request) {
		return CommunityResponse.of(correcting.correct(caller, CorrectCommunityCommand
			.of(CommunityId.parse(communityId, "communityId"), request.facts(), request.version())));
	}

	@PostMapping("/{communityId}/retirement")
	CommunityResponse retire(Caller caller, @PathVariable String communityId, @RequestBody Retirement request) {
		return CommunityResponse.of(retiring.retire(caller, RetireCommunityCommand
			.of(CommunityId.parse(communityId, "communityId"), request.reason(), request.version())));
	}

	@GetMapping("/{communityId}/history")
	List<HistoryResponse> history(Caller caller, @PathVariable String communityId) {
		return HistoryResponse.of(history.history(caller, CommunityId.parse(communityId, "communityId")));
	}

	record CommunityPageResponse(List<CommunityResponse> items, String nextPageToken) {
	}

}
