package cn.bjrenovation.finance.ledger.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One double entry of the subsidy ledger: {@code amountFen} leaves {@code debit} and enters {@code credit}. Immutable
 * once recorded; a correction is a new transfer. Its id is the caller's, so asking twice is recording once: a replay
 * with the same fields answers {@link TransferResult#EXISTS}, one with other fields is refused
 * ({@link LedgerRefusal}).
 *
 * @param pendingId for {@link Phase#POST_PENDING} and {@link Phase#VOID_PENDING}: the hold it resolves, whose
 * accounts and amount it repeats
 * @param code why the money moves, e.g. {@code COMMITMENT}
 */
public record Transfer(UUID id, AccountId debit, AccountId credit, long amountFen, Phase phase, UUID pendingId,
		String code, UUID projectId, String memo, String recordedBy, Instant recordedAt) {

	public Transfer {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(debit, "debit");
		Objects.requireNonNull(credit, "credit");
		Objects.requireNonNull(phase, "phase");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(memo, "memo");
		Objects.requireNonNull(recordedBy, "recordedBy");
		Objects.requireNonNull(recordedAt, "recordedAt");
		if (amountFen <= 0) {
			throw new IllegalArgumentException("transfer " + id + " moves " + amountFen + " fen: more than zero, always");
		}
		if (debit.equals(credit)) {
			throw new IllegalArgumentException("transfer " + id + " debits and credits the same account " + debit);
		}
		if (phase.resolvesAHold() != (pendingId != null)) {
			throw new IllegalArgumentException("transfer " + id + ": only a post or void names a hold");
		}
	}

	/** Money moving now. */
	public static Transfer posted(UUID id, AccountId debit, AccountId credit, long amountFen, String code,
			UUID projectId, String memo, String by, Instant at) {
		return new Transfer(id, debit, credit, amountFen, Phase.POSTED, null, code, projectId, memo, by, at);
	}

	/** A hold on the debit account. */
	public static Transfer pending(UUID id, AccountId debit, AccountId credit, long amountFen, String code,
			UUID projectId, String memo, String by, Instant at) {
		return new Transfer(id, debit, credit, amountFen, Phase.PENDING, null, code, projectId, memo, by, at);
	}

	/** Posts ({@code post}) or voids the hold: same accounts and amount as the hold. */
	public static Transfer resolving(UUID id, Transfer hold, boolean post, String memo, String by, Instant at) {
		if (hold.phase() != Phase.PENDING) {
			throw new IllegalArgumentException("transfer " + hold.id() + " is no hold");
		}
		return new Transfer(id, hold.debit(), hold.credit(), hold.amountFen(),
				post ? Phase.POST_PENDING : Phase.VOID_PENDING, hold.id(), hold.code(), hold.projectId(), memo, by, at);
	}

	/**
	 * The first field in which a replay differs from the transfer recorded under its id (who and when aside, which a
	 * replay may change), or empty when it is the same transfer.
	 */
	public Optional<String> differenceFrom(Transfer recorded) {
		if (!debit.equals(recorded.debit)) {
			return Optional.of("debit account");
		}
		if (!credit.equals(recorded.credit)) {
			return Optional.of("credit account");
		}
		if (amountFen != recorded.amountFen) {
			return Optional.of("amount");
		}
		if (phase != recorded.phase) {
			return Optional.of("phase");
		}
		if (!Objects.equals(pendingId, recorded.pendingId)) {
			return Optional.of("pending transfer");
		}
		if (!code.equals(recorded.code)) {
			return Optional.of("code");
		}
		if (!Objects.equals(projectId, recorded.projectId)) {
			return Optional.of("project");
		}
		return Optional.empty();
	}

}
