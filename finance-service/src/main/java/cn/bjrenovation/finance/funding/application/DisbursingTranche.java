package cn.bjrenovation.finance.funding.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.finance.funding.domain.DisbursementException;
import cn.bjrenovation.finance.funding.domain.FundingFact;
import cn.bjrenovation.finance.funding.domain.FundingPlan;
import cn.bjrenovation.finance.funding.domain.FundingPlans;
import cn.bjrenovation.finance.funding.domain.FundingStatus;
import cn.bjrenovation.finance.funding.domain.MilestoneProofs;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.funding.domain.Tranche;
import cn.bjrenovation.finance.funding.domain.Tranches;
import cn.bjrenovation.finance.ledger.application.LedgerTransactions;
import cn.bjrenovation.finance.ledger.domain.Account;
import cn.bjrenovation.finance.ledger.domain.AccountBalance;
import cn.bjrenovation.finance.ledger.domain.AccountKind;
import cn.bjrenovation.finance.ledger.domain.InsufficientFunds;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.problems.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Pays a milestone's tranche from a project's posted commitment (拨付, §三(七); DOMAIN §7: disbursement follows
 * milestones, each triggered by the event that proves it). Idempotent on the tranche (project, milestone) and on the
 * proving event's id: the same request again answers the tranche paid; the same milestone or event with another
 * amount is refused (409). A tranche the commitment cannot cover — or a project whose commitment is not posted — is
 * refused (422 naming the rule) and kept on the exceptions list with the event ({@code DisbursementRefused}), in a
 * transaction of its own, so nothing refused is lost.
 * <p>
 * Housing's facts of the construction stage pay their tranches through {@link DisbursingOnMilestone}, with the fact's
 * event id as {@code sourceEventId}; the Finance Bureau may also record a milestone over REST with its evidence (e.g.
 * to settle an exception), except the last one: the joint-acceptance tranche is refused (409) until housing's
 * {@code JointAcceptancePassed} has proved it.
 */
@Service
public class DisbursingTranche {

	static final String OPERATION = "finance.tranche.disburse";

	public static final String RULE = "§三(七) 按进度拨付: a tranche is paid from a posted commitment, never beyond it";

	/** What the request came to: paid now, or found paid already. */
	public record Disbursement(Tranche tranche, FundingPlan plan, boolean replayed) {
	}

	private sealed interface Attempt {
	}

	private record Paid(Disbursement disbursement) implements Attempt {
	}

	private record Refused(FundingPlan plan, long requestedFen, long remainingFen, String reason) implements Attempt {
	}

	private final FundingPlans plans;

	private final Tranches tranches;

	private final MilestoneProofs proofs;

	private final SubsidyLedger ledger;

	private final LedgerTransactions transactions;

	private final FundingEvents facts;

	private final ApplicationEventPublisher events;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	DisbursingTranche(FundingPlans plans, Tranches tranches, MilestoneProofs proofs, SubsidyLedger ledger,
			LedgerTransactions transactions, FundingEvents facts, ApplicationEventPublisher events, DutyPolicy policy,
			AuditTrail audit) {
		this.plans = plans;
		this.tranches = tranches;
		this.proofs = proofs;
		this.ledger = ledger;
		this.transactions = transactions;
		this.facts = facts;
		this.events = events;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * @throws NotFoundException when the project has no plan or lies outside the caller's reach
	 * @throws ConflictException when the milestone or the event was paid with other figures, or the milestone waits
	 * for housing's fact that has not arrived
	 * @throws RuleViolationException when refused (and listed as an exception)
	 */
	public Disbursement disburse(Caller caller, DisburseTrancheCommand command) {
		Attempt attempt;
		try {
			attempt = attemptOnce(caller, command);
		}
		catch (InsufficientFunds ex) {
			// a concurrent tranche took the rest first and the database refused the overdraft; the whole attempt
			// rolled back, so nothing of this tranche was paid
			FundingPlan plan = plans.find(command.project()).orElseThrow();
			long asked = command.amountFen() == null ? ex.availableFen() : command.amountFen();
			attempt = new Refused(plan, asked, ex.availableFen(), "the commitment could no longer cover the tranche ("
					+ ex.availableFen() + " fen left on " + ex.account() + ")");
		}
		if (attempt instanceof Paid paid) {
			return paid.disbursement();
		}
		Refused refused = (Refused) attempt;
		DisbursementException exception = new DisbursementException(UUID.randomUUID(), command.project(),
				command.milestone(), refused.requestedFen(), refused.remainingFen(), refused.reason(),
				command.sourceEventId(), command.evidence(), caller.subject(), facts.now());
		transactions.run(() -> {
			tranches.refused(exception);
			events.publishEvent(new FundingFact.Refused(facts.metadata(), refused.plan(),
					facts.disbursedFen(refused.plan()), exception));
			audit.changed(caller, OPERATION, command.project(), "refused " + command.milestone() + " tranche of "
					+ refused.requestedFen() + " fen: " + refused.reason() + " (exception " + exception.id() + ")");
			return null;
		});
		throw new RuleViolationException(RULE, "amountFen", refused.reason() + "; listed as disbursement exception "
				+ exception.id());
	}

	private Attempt attemptOnce(Caller caller, DisburseTrancheCommand command) {
		try {
			return transactions.run(() -> attempt(caller, command));
		}
		catch (DuplicateKeyException ex) {
			// a concurrent request for the same tranche won; this one now finds it paid (or paid differently)
			return transactions.run(() -> attempt(caller, command));
		}
	}

	/** Throws {@link InsufficientFunds} out of the transaction, so a tranche split over several lines pays all or none. */
	private Attempt attempt(Caller caller, DisburseTrancheCommand command) {
		FundingPlan plan = plans.lock(command.project())
			.orElseThrow(() -> new NotFoundException("funding plan", command.project()));
		policy.reach(caller, OPERATION).requireVisible(plan.project().place(), "funding plan", command.project());
		Optional<Tranche> paid = tranches.find(command.project(), command.milestone());
		Optional<Tranche> byEvent = tranches.bySourceEvent(command.sourceEventId());
		if (paid.isPresent()) {
			Tranche tranche = paid.get();
			long asked = command.amountFen() == null ? tranche.amountFen() : command.amountFen();
			if (!tranche.sameAs(command.milestone(), asked, command.sourceEventId())) {
				throw new ConflictException("the " + command.milestone() + " tranche of project " + command.project()
						+ " exists with different figures: " + tranche.amountFen() + " fen on event "
						+ tranche.sourceEventId());
			}
			return new Paid(new Disbursement(tranche, plan, true));
		}
		if (byEvent.isPresent()) {
			throw new ConflictException("event " + command.sourceEventId() + " already proved the "
					+ byEvent.get().milestone() + " tranche of project " + byEvent.get().project());
		}
		if (command.milestone().waitsForItsFact() && proofs.find(command.project(), command.milestone()).isEmpty()) {
			throw new ConflictException("the " + command.milestone() + " tranche of project " + command.project()
					+ " waits for the joint acceptance: housing's " + command.milestone().provingFact()
					+ " has not arrived for the project");
		}
		List<AccountBalance> commitments = ledger.ofProject(command.project().value())
			.stream()
			.filter(balance -> balance.account().kind() == AccountKind.COMMITMENT)
			.toList();
		long remaining = commitments.stream().mapToLong(AccountBalance::availableFen).sum();
		long amount = command.amountFen() != null ? command.amountFen()
				: command.milestone().defaultTrancheFen(plan.committedFen(), remaining);
		if (plan.status() != FundingStatus.COMMITTED) {
			return new Refused(plan, amount, remaining, "the funding plan is " + plan.status()
					+ ": tranches are paid only from a posted commitment");
		}
		if (amount <= 0 || amount > remaining) {
			return new Refused(plan, amount, remaining, "a tranche of " + amount + " fen exceeds the " + remaining
					+ " fen still committed");
		}
		pay(plan, command, amount, commitments, caller);
		Tranche tranche = new Tranche(command.project(), command.milestone(), amount, command.sourceEventId(),
				command.evidence(), caller.subject(), facts.now());
		tranches.add(tranche);
		events.publishEvent(new FundingFact.Disbursed(facts.metadata(), plan, facts.disbursedFen(plan), tranche));
		audit.changed(caller, OPERATION, command.project(), "paid " + command.milestone() + " tranche of " + amount
				+ " fen on " + command.sourceEventId());
		return new Paid(new Disbursement(tranche, plan, false));
	}

	/** Splits the tranche over the commitments in proportion to what each still holds, to the fen. */
	private void pay(FundingPlan plan, DisburseTrancheCommand command, long amount, List<AccountBalance> commitments,
			Caller caller) {
		long remaining = commitments.stream().mapToLong(AccountBalance::availableFen).sum();
		List<Long> parts = new ArrayList<>();
		long given = 0;
		for (AccountBalance commitment : commitments) {
			long part = Math.multiplyExact(amount, commitment.availableFen()) / remaining;
			parts.add(part);
			given += part;
		}
		for (int i = 0; given < amount; i = (i + 1) % parts.size()) {
			if (commitments.get(i).availableFen() > parts.get(i)) {
				parts.set(i, parts.get(i) + 1);
				given++;
			}
		}
		for (int i = 0; i < commitments.size(); i++) {
			if (parts.get(i) == 0) {
				continue;
			}
			Account from = commitments.get(i).account();
			Account to = Account.disbursed(plan.project().id().value(), from.budgetLineId(), from.fiscalYear(),
					from.source());
			ledger.open(to);
			ledger.apply(Transfer.posted(plan.transferId("tranche:" + command.milestone() + ":" + command.sourceEventId() + ":"
					+ from.budgetLineId()),
					from.id(), to.id(), parts.get(i), "DISBURSEMENT", plan.project().id().value(),
					command.milestone().label() + " tranche, " + command.sourceEventId(), caller.subject(),
					facts.now()));
		}
	}

}
