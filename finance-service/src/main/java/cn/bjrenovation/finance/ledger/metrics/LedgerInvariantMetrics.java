package cn.bjrenovation.finance.ledger.metrics;

import cn.bjrenovation.finance.ledger.application.CheckingLedgerBalance;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The ledger's invariants as metrics, for the operations dashboard and an alert: {@code renovation_ledger_balanced} is
 * 1 while Σ debits = Σ credits, every account agrees with its transfers and none is overdrawn, 0 otherwise (NaN when
 * the database cannot be read). Each scrape runs the same check as {@code GET /api/finance/ledger/balance-check}.
 */
@Component
class LedgerInvariantMetrics implements MeterBinder {

	private final CheckingLedgerBalance checking;

	LedgerInvariantMetrics(CheckingLedgerBalance checking) {
		this.checking = checking;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("renovation.ledger.balanced", this::balanced)
			.description("1 while the subsidy ledger balances and no account is overdrawn, 0 when it does not")
			.register(registry);
	}

	private double balanced() {
		try {
			return checking.check().balanced() ? 1 : 0;
		}
		catch (RuntimeException unreadable) {
			return Double.NaN;
		}
	}

}
