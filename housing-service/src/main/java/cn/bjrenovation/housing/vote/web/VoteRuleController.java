package cn.bjrenovation.housing.vote.web;

import java.util.List;

import cn.bjrenovation.housing.vote.application.ListingVoteRules;
import cn.bjrenovation.housing.vote.domain.VoteRule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owners'-vote thresholds as data (table {@code vote_rule}): what the console shows a vote against. */
@RestController
class VoteRuleController {

	private final ListingVoteRules listing;

	VoteRuleController(ListingVoteRules listing) {
		this.listing = listing;
	}

	/** A fraction of the Civil Code: {@code numerator/denominator}. */
	record Fraction(int numerator, int denominator) {
	}

	/**
	 * @param matter what is decided, e.g. {@code ADD_ELEVATOR}
	 * @param label its Chinese name
	 * @param participation taking part: at least this share of the owners by number AND of the exclusive floor area
	 * @param approval voting for, among those taking part, by number AND by area: at least this share, or more than it
	 * when {@code approvalStrict}
	 * @param name how the approval threshold is called ({@code THREE_QUARTERS}, {@code MORE_THAN_HALF})
	 * @param clause the Civil Code's article and item
	 */
	record VoteRuleResponse(String matter, String label, Fraction participation, Fraction approval,
			boolean approvalStrict, String name, String clause) {

		static VoteRuleResponse of(VoteRule rule) {
			return new VoteRuleResponse(rule.matter().name(), rule.matter().label(),
					new Fraction(rule.participationNumerator(), rule.participationDenominator()),
					new Fraction(rule.approvalNumerator(), rule.approvalDenominator()), rule.strict(), rule.name(),
					rule.clause());
		}

	}

	@GetMapping("/api/housing/vote-rules")
	List<VoteRuleResponse> list() {
		return listing.list().stream().map(VoteRuleResponse::of).toList();
	}

}
