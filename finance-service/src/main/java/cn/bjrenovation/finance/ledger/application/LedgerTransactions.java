package cn.bjrenovation.finance.ledger.application;

import java.util.function.Supplier;

import cn.bjrenovation.platform.problems.UpstreamUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work that moves money in one transaction, and runs it again when PostgreSQL gave up on it for a reason that
 * has nothing to do with the money: a deadlock, a serialization failure, a lock or statement timeout. Those are
 * retried a few times, then reported as what they are (503, "the ledger was busy") — never as insufficient funds,
 * which only the no-overdraft guard says. Use cases that move money call {@link #run} instead of being
 * {@code @Transactional}, since a retry needs a fresh transaction.
 */
@Component
public class LedgerTransactions {

	private static final Logger log = LoggerFactory.getLogger(LedgerTransactions.class);

	static final int ATTEMPTS = 5;

	private final TransactionTemplate transactions;

	LedgerTransactions(TransactionTemplate transactions) {
		this.transactions = transactions;
	}

	/** @throws UpstreamUnavailableException when the database stayed busy for every attempt */
	public <T> T run(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> work.get());
			}
			catch (TransientDataAccessException ex) {
				if (attempt == ATTEMPTS) {
					throw new UpstreamUnavailableException("finance ledger database",
							"the ledger was busy (" + ex.getClass().getSimpleName() + ") " + ATTEMPTS
									+ " times running; nothing was recorded, try again",
							ex);
				}
				log.debug("ledger transaction attempt {} gave way ({}), retrying", attempt, ex.getClass().getSimpleName());
				pause(attempt);
			}
		}
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep((long) (Math.random() * 5 * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while retrying a ledger transaction", ex);
		}
	}

}
