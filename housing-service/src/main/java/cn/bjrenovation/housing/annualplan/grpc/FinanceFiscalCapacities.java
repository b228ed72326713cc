package cn.bjrenovation.housing.annualplan.grpc;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityResponse;
import cn.bjrenovation.housing.annualplan.domain.FiscalCapacities;
import cn.bjrenovation.housing.annualplan.domain.FiscalCapacity;
import cn.bjrenovation.platform.grpc.ResilientCalls;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * Asks finance-service over gRPC, with a deadline on every attempt and the {@code finance} retry and circuit
 * breaker around the call. When finance is down the caller gets a clear 503, not a hang.
 */
@Component
class FinanceFiscalCapacities implements FiscalCapacities {

	static final String FINANCE = "finance";

	private final FiscalCapacityServiceGrpc.FiscalCapacityServiceBlockingStub finance;

	private final ResilientCalls calls;

	private final Duration deadline;

	FinanceFiscalCapacities(GrpcChannelFactory channels, ResilientCalls calls,
			FinanceSettings settings) {
		this.finance = FiscalCapacityServiceGrpc.newBlockingStub(channels.createChannel(FINANCE));
		this.calls = calls;
		this.deadline = settings.deadline();
	}

	@Override
	public FiscalCapacity forYear(int year) {
		GetFiscalCapacityResponse response = calls.call(FINANCE,
				() -> finance.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
					.getFiscalCapacity(GetFiscalCapacityRequest.newBuilder().setYear(year).build()));
		return new FiscalCapacity(response.getYear(), response.getBudgetedFen(), response.getAvailableFen(),
				response.getBudgetLines());
	}

}
