package cn.bjrenovation.finance.funding.application;

import java.util.UUID;

import cn.bjrenovation.finance.funding.domain.DisbursementException;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.MilestoneProof;
import cn.bjrenovation.finance.funding.domain.MilestoneProofs;
import cn.bjrenovation.finance.funding.domain.Tranches;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Pays a milestone's tranche when housing's fact proves it (开工 ConstructionStarted, 完工 ConstructionCompleted, 联合验收
 * JointAcceptancePassed; §三(七) 按进度拨付). Runs in the consumer's transaction: the proof is recorded, then the tranche
 * is disbursed through {@link DisbursingTranche} with the fact's event id as its source, so a replayed fact finds the
 * tranche paid and pays nothing. A fact that cannot be paid — no funding plan, a plan not committed, a commitment that
 * cannot cover it — is never dropped: it goes to the disbursement exceptions (with {@code DisbursementRefused} when the
 * project has a plan), for the Finance Bureau to settle over REST citing the same event.
 */
@Service
public class DisbursingOnMilestone {

	private static final Logger log = LoggerFactory.getLogger(DisbursingOnMilestone.class);

	private final MilestoneProofs proofs;

	private final FundingPlans plans;

	private final Tranches tranches;

	private final DisbursingTranche disbursing;

	private final FundingEvents facts;

	private final AuditTrail audit;

	DisbursingOnMilestone(MilestoneProofs proofs, FundingPlans plans, Tranches tranches, DisbursingTranche disbursing,
			FundingEvents facts, AuditTrail audit) {
		this.proofs = proofs;
		this.plans = plans;
		this.tranches = tranches;
		this.disbursing = disbursing;
		this.facts = facts;
		this.audit = audit;
	}

	/** @param evidence what proves the milestone, as the fact tells it */
	public void proved(MilestoneProof proof, String evidence) {
		Caller caller = FundingEvents.onBehalfOf(proof.factType() + " " + proof.sourceEventId());
		proofs.record(proof, facts.now());
		if (plans.find(proof.project()).isEmpty()) {
			DisbursementException exception = new DisbursementException(UUID.randomUUID(), proof.project(),
					proof.milestone(), 0, 0, "no funding plan when " + proof.factType() + " proved the "
							+ proof.milestone() + " milestone",
					proof.sourceEventId(), evidence, caller.subject(), facts.now());
			tranches.refused(exception);
			audit.changed(caller, DisbursingTranche.OPERATION, proof.project(), "refused " + proof.milestone()
					+ " tranche: " + exception.reason() + " (exception " + exception.id() + ")");
			return;
		}
		if (tranches.find(proof.project(), proof.milestone()).isPresent()) {
			log.info("{} of project {} is paid already; {} changes nothing", proof.milestone(), proof.project(),
					proof.sourceEventId());
			return;
		}
		try {
			disbursing.disburse(caller, new DisburseTrancheCommand(proof.project(), proof.milestone(),
					proof.sourceEventId(), evidence, null));
		}
		catch (RuleViolationException refused) {
			log.info("{} of project {} not paid on {}: {}", proof.milestone(), proof.project(), proof.sourceEventId(),
					refused.getMessage());
		}
	}

}
