package cn.bjrenovation.finance.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.bjrenovation.finance.sharing.domain.CostSharingRule;
import cn.bjrenovation.finance.sharing.domain.CostSharingRules;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a version of the cost-sharing rule (A2 财政局: 制定补助资金政策; A3-4). Every earlier version is kept, so a plan
 * drafted under one can always say which. A version may not take effect before today: plans already drafted were
 * drafted under the rule in force then, and a rule back-dated would make the record lie.
 */
@Service
public class DefiningCostSharingRule {

	static final String OPERATION = "finance.cost-sharing-rule.define";

	public static final String NOT_RETROACTIVE = "A3-4 资金分担: a rule version takes effect from today or later";

	private final CostSharingRules rules;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	DefiningCostSharingRule(CostSharingRules rules, DutyPolicy policy, AuditTrail audit, Clock clock) {
		this.rules = rules;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public CostSharingRule define(Caller caller, DefineCostSharingRuleCommand command) {
		policy.reach(caller, OPERATION).requireCovers(Place.of(null, null, null));
		LocalDate today = LocalDate.now(clock);
		if (command.effectiveFrom().isBefore(today)) {
			throw new RuleViolationException(NOT_RETROACTIVE, "effectiveFrom",
					command.effectiveFrom() + " is before today (" + today + ")");
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		CostSharingRule draft = new CostSharingRule(0, command.effectiveFrom(), false, command.shares(), command.note(),
				caller.subject(), now);
		int version = rules.add(draft);
		CostSharingRule rule = new CostSharingRule(version, draft.effectiveFrom(), false, draft.shares(), draft.note(),
				draft.definedBy(), draft.definedAt());
		audit.changed(OPERATION, "cost-sharing rule v" + version, "effective from " + rule.effectiveFrom());
		return rule;
	}

}
