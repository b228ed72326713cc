package cn.bjrenovation.finance.ledger.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * An account of the subsidy ledger and what it belongs to, for the sums reports make (per year and source, per
 * project, per community). Opening an account that exists already changes nothing.
 *
 * @param fiscalYear the budget year of the money it holds; null for maintenance-fund accounts
 * @param source the funding source of the money it holds (a {@code FundingSource} name); null where none applies
 */
public record Account(AccountId id, AccountKind kind, Integer fiscalYear, String source, UUID budgetLineId,
		UUID projectId, UUID communityId) {

	public Account {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
	}

	public static Account appropriation(int year, String source) {
		return new Account(AccountId.appropriation(year, source), AccountKind.APPROPRIATION, year, source, null, null,
				null);
	}

	public static Account budgetLine(UUID lineId, int year, String source) {
		return new Account(AccountId.budgetLine(lineId), AccountKind.BUDGET_LINE, year, source, lineId, null, null);
	}

	public static Account commitment(UUID projectId, UUID lineId, int year, String source) {
		return new Account(AccountId.commitment(projectId, lineId), AccountKind.COMMITMENT, year, source, lineId,
				projectId, null);
	}

	public static Account disbursed(UUID projectId, UUID lineId, int year, String source) {
		return new Account(AccountId.disbursed(projectId, lineId), AccountKind.DISBURSED, year, source, lineId,
				projectId, null);
	}

	public static Account owners(UUID communityId) {
		return new Account(AccountId.owners(communityId), AccountKind.OWNERS, null, null, null, null, communityId);
	}

	public static Account maintenanceFund(UUID communityId) {
		return new Account(AccountId.maintenanceFund(communityId), AccountKind.MAINTENANCE_FUND, null, null, null,
				null, communityId);
	}

	public static Account fundUse(UUID projectId, UUID communityId) {
		return new Account(AccountId.fundUse(projectId), AccountKind.FUND_USE, null, null, null, projectId,
				communityId);
	}

}
