package cn.bjrenovation.finance.funding.domain;

import java.util.UUID;

import cn.bjrenovation.finance.sharing.domain.CostParty;

/** A government party's share held or committed on one budget line, by the ledger transfer that holds it. */
public record Commitment(CostParty party, UUID budgetLineId, String source, long amountFen, UUID holdTransferId) {
}
