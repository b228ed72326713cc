package cn.bjrenovation.finance.maintenance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.bjrenovation.finance.ledger.application.LedgerTransactions;
import cn.bjrenovation.finance.ledger.domain.Account;
import cn.bjrenovation.finance.ledger.domain.AccountBalance;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.ledger.domain.Transfer;
import cn.bjrenovation.finance.maintenance.domain.DecidedVote;
import cn.bjrenovation.finance.maintenance.domain.DecidedVotes;
import cn.bjrenovation.finance.maintenance.domain.FundMoved;
import cn.bjrenovation.finance.maintenance.domain.FundMovement;
import cn.bjrenovation.finance.maintenance.domain.FundMovements;
import cn.bjrenovation.finance.maintenance.domain.OwnersVote;
import cn.bjrenovation.finance.maintenance.domain.VoteMatter;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.TraceContext;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A community's special maintenance fund (住宅专项维修资金, A2 公积金中心: 归集、补建、续筹; plan §三(八)): raising or topping
 * it up, and using it for a project, each only on an owners' vote that passes the Civil Code's thresholds for that
 * matter — refused naming the threshold missed. The vote is cited by its id (a PASSED {@code VoteDecided} of the same
 * community on the same matter, heard from housing) or given as its count. Every movement needs a vote: DOMAIN §7 and
 * Art. 278 set no amount below which the owners need not decide. The fund is a ledger account that never goes below
 * zero; each movement is published as {@code MaintenanceFundMoved} on {@code finance.maintenance} with the balance
 * after it.
 */
@Service
public class MovingMaintenanceFund {

	static final String RAISE = "finance.maintenance-fund.raise";

	static final String USE = "finance.maintenance-fund.use";

	private final FundMovements movements;

	private final DecidedVotes votes;

	private final SubsidyLedger ledger;

	private final LedgerTransactions transactions;

	private final DutyPolicy policy;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MovingMaintenanceFund(FundMovements movements, DecidedVotes votes, SubsidyLedger ledger,
			LedgerTransactions transactions, DutyPolicy policy, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.movements = movements;
		this.votes = votes;
		this.events = events;
		this.ledger = ledger;
		this.transactions = transactions;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws RuleViolationException naming the Civil Code threshold the vote missed, or the fund's balance */
	public FundMovement raise(Caller caller, MoveFundCommand command) {
		return move(caller, command, VoteMatter.RAISING, RAISE);
	}

	/** @throws RuleViolationException naming the threshold missed, or when the fund cannot cover the use */
	public FundMovement use(Caller caller, MoveFundCommand command) {
		return move(caller, command, VoteMatter.USE, USE);
	}

	private FundMovement move(Caller caller, MoveFundCommand command, VoteMatter matter, String operation) {
		UUID community = command.community().value();
		policy.reach(caller, operation).requireCovers(Place.of(command.district().value(), null, community.toString()));
		OwnersVote vote = command.voteId() == null ? command.vote() : cited(command, matter);
		vote.missedThreshold(matter).ifPresent(missed -> {
			throw new RuleViolationException(matter.rule(), command.voteId() == null ? "vote" : "voteId", missed);
		});
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		FundMovement movement = new FundMovement(UUID.randomUUID(), community, command.district().value(), matter,
				command.amountFen(), command.projectId(), vote, caller.subject(), now);
		return transactions.run(() -> {
			Account fund = Account.maintenanceFund(community);
			ledger.open(fund);
			if (matter == VoteMatter.RAISING) {
				Account owners = Account.owners(community);
				ledger.open(owners);
				ledger.apply(Transfer.posted(movement.id(), owners.id(), fund.id(), command.amountFen(), "FUND_RAISING",
						null, "maintenance fund raised on vote " + vote.reference(), caller.subject(), now));
			}
			else {
				Account use = Account.fundUse(command.projectId(), community);
				ledger.open(use);
				ledger.apply(Transfer.posted(movement.id(), fund.id(), use.id(), command.amountFen(), "FUND_USE",
						command.projectId(), "maintenance fund used on vote " + vote.reference(),
						caller.subject(), now));
			}
			movements.add(movement);
			long balance = ledger.balance(fund.id()).map(AccountBalance::availableFen).orElse(0L);
			events.publishEvent(new FundMoved(new EventMetadata(UUID.randomUUID(), now, TraceContext.currentOrNew()),
					movement, balance));
			audit.changed(operation, community, matter + " of " + command.amountFen() + " fen on vote "
					+ vote.reference());
			return movement;
		});
	}

	/**
	 * The decided vote the command cites, as the evidence of this movement; refused naming why it cannot carry it. A
	 * vote finance has not heard of is a conflict (409), not a broken rule: its {@code VoteDecided} may still be on its
	 * way from housing, and the same request succeeds once it has arrived — as a handover waits for the acceptance.
	 */
	private OwnersVote cited(MoveFundCommand command, VoteMatter matter) {
		DecidedVote decided = votes.find(command.voteId())
			.orElseThrow(() -> new ConflictException("vote " + command.voteId() + " is not a decided owners' vote "
					+ "finance knows of: housing has published no VoteDecided for it (yet)"));
		decided.cannotCarry(matter, command.community().value(), command.amountFen(), command.projectId())
			.ifPresent(reason -> {
				throw new RuleViolationException(matter.rule(), "voteId", reason);
			});
		return decided.tally();
	}

}
