package cn.bjrenovation.housing.community.web;

import java.net.URI;

import cn.bjrenovation.housing.community.application.FindingCommunity;
import cn.bjrenovation.housing.community.application.RegisteringCommunity;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.platform.identity.Caller;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/housing/communities")
class CommunityController {

	private final RegisteringCommunity registering;

	private final FindingCommunity finding;

	CommunityController(RegisteringCommunity registering, FindingCommunity finding) {
		this.registering = registering;
		this.finding = finding;
	}

	@PostMapping
	ResponseEntity<CommunityResponse> register(Caller caller, @Valid @RequestBody RegisterCommunityRequest request) {
		Community community = registering.register(caller, request.toCommand());
		return ResponseEntity.created(URI.create("/api/housing/communities/" + community.id()))
			.body(CommunityResponse.of(community));
	}

	@GetMapping("/{communityId}")
	CommunityResponse get(Caller caller, @PathVariable String communityId) {
		return CommunityResponse.of(finding.find(caller, CommunityId.parse(communityId, "communityId")));
	}

}
