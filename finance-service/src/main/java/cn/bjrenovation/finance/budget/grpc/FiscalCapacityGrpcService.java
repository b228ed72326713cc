package cn.bjrenovation.finance.budget.grpc;

import cn.bjrenovation.finance.budget.application.ReportingFiscalCapacity;
import cn.bjrenovation.finance.budget.domain.FiscalCapacity;
import cn.bjrenovation.finance.budget.domain.FiscalYear;
import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.FundingSourceKind;
import cn.bjrenovation.finance.v1.SourceCapacity;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityResponse;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * Fiscal capacity for housing-service, which asks with its caller's relayed token before compiling a plan:
 * INVALID_ARGUMENT naming {@code year} for a year outside the programme.
 */
@Service
class FiscalCapacityGrpcService extends FiscalCapacityServiceGrpc.FiscalCapacityServiceImplBase {

	private final ReportingFiscalCapacity reporting;

	FiscalCapacityGrpcService(ReportingFiscalCapacity reporting) {
		this.reporting = reporting;
	}

	@Override
	public void getFiscalCapacity(GetFiscalCapacityRequest request, StreamObserver<GetFiscalCapacityResponse> response) {
		FiscalCapacity capacity = reporting.forYear(FiscalYear.parse(request.getYear(), "year"));
		response.onNext(GetFiscalCapacityResponse.newBuilder()
			.setYear(capacity.year())
			.setBudgetedFen(capacity.budgetedFen())
			.setAvailableFen(capacity.availableFen())
			.setBudgetLines(capacity.budgetLines())
			.setCommittedFen(capacity.committedFen())
			.setDisbursedFen(capacity.disbursedFen())
			.addAllSources(capacity.sources()
				.stream()
				.map(source -> SourceCapacity.newBuilder()
					.setSource(FundingSourceKind.valueOf(source.source().name()))
					.setBudgetedFen(source.budgetedFen())
					.setCommittedFen(source.committedFen())
					.setDisbursedFen(source.disbursedFen())
					.setAvailableFen(source.availableFen())
					.build())
				.toList())
			.build());
		response.onCompleted();
	}

}
