package cn.bjrenovation.finance.ledger.web;

import cn.bjrenovation.finance.ledger.application.CheckingLedgerBalance;
import cn.bjrenovation.finance.ledger.domain.LedgerBalance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LedgerController {

	private final CheckingLedgerBalance checking;

	LedgerController(CheckingLedgerBalance checking) {
		this.checking = checking;
	}

	@GetMapping("/api/finance/ledger/balance-check")
	BalanceCheckResponse balanceCheck() {
		return BalanceCheckResponse.of(checking.check());
	}

	record BalanceCheckResponse(boolean balanced, long debitsPostedFen, long creditsPostedFen, long debitsPendingFen,
			long creditsPendingFen, long transfers, long accountsDisagreeing, long overdrawnAccounts) {

		static BalanceCheckResponse of(LedgerBalance balance) {
			return new BalanceCheckResponse(balance.balanced(), balance.debitsPosted(), balance.creditsPosted(),
					balance.debitsPending(), balance.creditsPending(), balance.transfers(), balance.accountsDisagreeing(),
					balance.overdrawnAccounts());
		}

	}

}
