package cn.bjrenovation.housing.community.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.housing.community.application.ChangingCommunity;
import cn.bjrenovation.housing.community.application.FindingCommunity;
import cn.bjrenovation.housing.community.application.PageTokens;
import cn.bjrenovation.housing.community.application.QueryingCommunities;
import cn.bjrenovation.housing.community.application.RegisteringCommunity;
import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.housing.community.domain.CommunitySort;
import cn.bjrenovation.housing.community.domain.Page;
import cn.bjrenovation.housing.community.domain.PageRequest;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;
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

	private final ChangingCommunity changing;

	private final FindingCommunity finding;

	private final QueryingCommunities querying;

	private final JsonMapper json;

	CommunityController(RegisteringCommunity registering, ChangingCommunity changing, FindingCommunity finding,
			QueryingCommunities querying, JsonMapper json) {
		this.json = json;
		this.registering = registering;
		this.changing = changing;
		this.finding = finding;
		this.querying = querying;
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
		Page<Community> result = querying.list(caller, parameters.filter(), page);
		return new CommunityPageResponse(result.items().stream().map(CommunityResponse::of).toList(),
				PageTokens.encode(order, result.next()));
	}

	@GetMapping("/{communityId}")
	CommunityResponse get(Caller caller, @PathVariable String communityId) {
		return CommunityResponse.of(finding.find(caller, CommunityId.parse(communityId, "communityId")));
	}

	@PutMapping("/{communityId}")
	CommunityResponse update(Caller caller, @PathVariable String communityId, @RequestBody CommunityRequest request) {
		return CommunityResponse.of(changing.update(caller, CommunityId.parse(communityId, "communityId"),
				request.facts(), requireVersion(request.version())));
	}

	@PostMapping("/{communityId}/retirement")
	CommunityResponse retire(Caller caller, @PathVariable String communityId, @RequestBody RetirementRequest request) {
		return CommunityResponse.of(changing.retire(caller, CommunityId.parse(communityId, "communityId"),
				request.reason(), requireVersion(request.version())));
	}

	@GetMapping("/{communityId}/history")
	List<Map<String, Object>> history(Caller caller, @PathVariable String communityId) {
		return finding.history(caller, CommunityId.parse(communityId, "communityId"))
			.stream()
			.map(this::change)
			.toList();
	}

	private Map<String, Object> change(Communities.Change change) {
		return Map.of("version", change.version(), "change", change.change(), "at", change.at(), "actor",
				change.actor(), "snapshot", json.readTree(change.snapshotJson()));
	}

	private static long requireVersion(Long version) {
		if (version == null) {
			throw new InvalidInputException("version", "is required: the version you last read");
		}
		return version;
	}

	record RetirementRequest(String reason, Long version) {
	}

	record CommunityPageResponse(List<CommunityResponse> items, String nextPageToken) {
	}

}
