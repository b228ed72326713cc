package cn.bjrenovation.finance.funding.grpc;

import cn.bjrenovation.finance.budget.application.FindingBudgetLine;
import cn.bjrenovation.finance.budget.domain.BudgetLineId;
import cn.bjrenovation.finance.budget.domain.LineStanding;
import cn.bjrenovation.finance.funding.application.FindingFundingPlan;
import cn.bjrenovation.finance.funding.application.FundingView;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.finance.ledger.application.CheckingLedgerBalance;
import cn.bjrenovation.finance.ledger.domain.LedgerBalance;
import cn.bjrenovation.finance.v1.BudgetLine;
import cn.bjrenovation.finance.v1.FundingServiceGrpc;
import cn.bjrenovation.finance.v1.FundingSourceKind;
import cn.bjrenovation.finance.v1.GetBudgetLineRequest;
import cn.bjrenovation.finance.v1.GetBudgetLineResponse;
import cn.bjrenovation.finance.v1.GetFundingPlanRequest;
import cn.bjrenovation.finance.v1.GetFundingPlanResponse;
import cn.bjrenovation.finance.v1.GetLedgerBalanceRequest;
import cn.bjrenovation.finance.v1.GetLedgerBalanceResponse;
import cn.bjrenovation.platform.security.CurrentCaller;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * FundingService: a project's funding plan (scoped as on REST: NOT_FOUND outside the caller's reach), the ledger's
 * balance check and a budget line's standing. INVALID_ARGUMENT naming the field for a malformed id.
 */
@Service
class FundingGrpcService extends FundingServiceGrpc.FundingServiceImplBase {

	private final FindingFundingPlan plans;

	private final CheckingLedgerBalance ledger;

	private final FindingBudgetLine lines;

	FundingGrpcService(FindingFundingPlan plans, CheckingLedgerBalance ledger, FindingBudgetLine lines) {
		this.plans = plans;
		this.ledger = ledger;
		this.lines = lines;
	}

	@Override
	public void getFundingPlan(GetFundingPlanRequest request, StreamObserver<GetFundingPlanResponse> response) {
		FundingView view = plans.find(CurrentCaller.get(), ProjectId.parse(request.getProjectId(), "project_id"));
		response.onNext(GetFundingPlanResponse.newBuilder()
			.setPlan(FundingMessages.plan(view.plan(), view.disbursedFen()))
			.build());
		response.onCompleted();
	}

	@Override
	public void getLedgerBalance(GetLedgerBalanceRequest request, StreamObserver<GetLedgerBalanceResponse> response) {
		LedgerBalance balance = ledger.check();
		response.onNext(GetLedgerBalanceResponse.newBuilder()
			.setBalanced(balance.balanced())
			.setDebitsPostedFen(balance.debitsPosted())
			.setCreditsPostedFen(balance.creditsPosted())
			.setDebitsPendingFen(balance.debitsPending())
			.setCreditsPendingFen(balance.creditsPending())
			.setTransfers(balance.transfers())
			.setOverdrawnAccounts(balance.overdrawnAccounts())
			.build());
		response.onCompleted();
	}

	@Override
	public void getBudgetLine(GetBudgetLineRequest request, StreamObserver<GetBudgetLineResponse> response) {
		LineStanding standing = lines.find(BudgetLineId.parse(request.getBudgetLineId(), "budget_line_id"));
		response.onNext(GetBudgetLineResponse.newBuilder()
			.setLine(BudgetLine.newBuilder()
				.setBudgetLineId(standing.line().id().toString())
				.setFiscalYear(standing.line().fiscalYear().value())
				.setSource(FundingSourceKind.valueOf(standing.line().source().name()))
				.setDescription(standing.line().description())
				.setBudgetedFen(standing.line().amountFen())
				.setHeldFen(standing.heldFen())
				.setCommittedFen(standing.committedFen())
				.setDisbursedFen(standing.disbursedFen())
				.setAvailableFen(standing.availableFen()))
			.build());
		response.onCompleted();
	}

}
