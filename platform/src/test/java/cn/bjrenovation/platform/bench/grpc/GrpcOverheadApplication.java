package cn.bjrenovation.platform.bench.grpc;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityResponse;
import io.grpc.stub.StreamObserver;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A service reduced to one unary RPC that does no work of its own, so that what a call costs is the transport and
 * the interceptors in front of it. The RPC is one the duty policy names (finance's fiscal capacity), so the duty
 * check decides it as it decides a real call.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class GrpcOverheadApplication {

	@Bean
	FixedFiscalCapacity fixedFiscalCapacity() {
		return new FixedFiscalCapacity();
	}

	static class FixedFiscalCapacity extends FiscalCapacityServiceGrpc.FiscalCapacityServiceImplBase {

		@Override
		public void getFiscalCapacity(GetFiscalCapacityRequest request,
				StreamObserver<GetFiscalCapacityResponse> response) {
			response.onNext(GetFiscalCapacityResponse.newBuilder()
				.setYear(request.getYear())
				.setBudgetedFen(1_000_000_000L)
				.setAvailableFen(400_000_000L)
				.setBudgetLines(3)
				.build());
			response.onCompleted();
		}

	}

}
