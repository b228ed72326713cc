package cn.bjrenovation.finance.sharing.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.finance.sharing.application.DefineCostSharingRuleCommand;
import cn.bjrenovation.finance.sharing.application.DefiningCostSharingRule;
import cn.bjrenovation.finance.sharing.application.ListingCostSharingRules;
import cn.bjrenovation.finance.sharing.domain.CostCategory;
import cn.bjrenovation.finance.sharing.domain.CostParty;
import cn.bjrenovation.finance.sharing.domain.CostSharingRule;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cost-sharing rule's versions: POST adds one, GET lists every version kept, defaults marked. */
@RestController
@RequestMapping("/api/finance/cost-sharing-rules")
class CostSharingRuleController {

	private final DefiningCostSharingRule defining;

	private final ListingCostSharingRules listing;

	CostSharingRuleController(DefiningCostSharingRule defining, ListingCostSharingRules listing) {
		this.defining = defining;
		this.listing = listing;
	}

	@PostMapping
	ResponseEntity<RuleResponse> define(Caller caller, @RequestBody DefineRequest request) {
		CostSharingRule rule = defining.define(caller,
				DefineCostSharingRuleCommand.of(request.effectiveFrom(), request.shares(), request.note()));
		return ResponseEntity.created(URI.create("/api/finance/cost-sharing-rules?version=" + rule.version()))
			.body(RuleResponse.of(rule));
	}

	@GetMapping
	List<RuleResponse> list() {
		return listing.all().stream().map(RuleResponse::of).toList();
	}

	/** Shares in basis points per category and party, e.g. {@code {"BASIC":{"MUNICIPAL_BUDGET":5000,...},...}}. */
	record DefineRequest(String effectiveFrom, Map<String, Map<String, Integer>> shares, String note) {
	}

	record RuleResponse(int version, LocalDate effectiveFrom, boolean isDefault,
			Map<CostCategory, Map<CostParty, Integer>> sharesBasisPoints, String note, String definedBy,
			Instant definedAt) {

		static RuleResponse of(CostSharingRule rule) {
			return new RuleResponse(rule.version(), rule.effectiveFrom(), rule.isDefault(), rule.shares(), rule.note(),
					rule.definedBy(), rule.definedAt());
		}

	}

}
