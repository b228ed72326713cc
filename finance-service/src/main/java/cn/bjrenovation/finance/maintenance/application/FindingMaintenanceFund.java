package cn.bjrenovation.finance.maintenance.application;

import java.util.List;

import cn.bjrenovation.finance.ledger.domain.AccountBalance;
import cn.bjrenovation.finance.ledger.domain.AccountId;
import cn.bjrenovation.finance.ledger.domain.SubsidyLedger;
import cn.bjrenovation.finance.maintenance.domain.FundMovement;
import cn.bjrenovation.finance.maintenance.domain.FundMovements;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's maintenance fund: its balance and every movement with its vote. The fund centre's, city-wide. */
@Service
public class FindingMaintenanceFund {

	/** The fund and its history. */
	public record Fund(CommunityId community, long balanceFen, List<FundMovement> movements) {
	}

	private final FundMovements movements;

	private final SubsidyLedger ledger;

	FindingMaintenanceFund(FundMovements movements, SubsidyLedger ledger) {
		this.movements = movements;
		this.ledger = ledger;
	}

	@Transactional(readOnly = true)
	public Fund find(CommunityId community) {
		return new Fund(community, ledger.balance(AccountId.maintenanceFund(community.value()))
			.map(AccountBalance::availableFen)
			.orElse(0L), movements.of(community.value()));
	}

}
