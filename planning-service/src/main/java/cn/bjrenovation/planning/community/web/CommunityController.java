package cn.bjrenovation.planning.community.web;

import cn.bjrenovation.planning.community.application.FindingCommunity;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/planning/communities")
class CommunityController {

	private final FindingCommunity finding;

	CommunityController(FindingCommunity finding) {
		this.finding = finding;
	}

	@GetMapping("/{communityId}")
	CommunityResponse get(Caller caller, @PathVariable String communityId) {
		return CommunityResponse.of(finding.find(caller, CommunityId.parse(communityId, "communityId")));
	}

}
