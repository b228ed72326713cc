package cn.bjrenovation.finance.funding.web;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.finance.funding.application.CommittingFunding;
import cn.bjrenovation.finance.funding.application.DisburseTrancheCommand;
import cn.bjrenovation.finance.funding.application.DisbursingTranche;
import cn.bjrenovation.finance.funding.application.DisbursingTranche.Disbursement;
import cn.bjrenovation.finance.funding.application.FindingFundingPlan;
import cn.bjrenovation.finance.funding.application.FundingPlanPage;
import cn.bjrenovation.finance.funding.application.ListFundingPlansCommand;
import cn.bjrenovation.finance.funding.application.ListingFundingPlans;
import cn.bjrenovation.finance.funding.application.ListingDisbursementExceptions;
import cn.bjrenovation.finance.funding.application.PostingCommitment;
import cn.bjrenovation.finance.funding.application.RecordContributionCommand;
import cn.bjrenovation.finance.funding.application.RecordingFixedAssetFunding;
import cn.bjrenovation.finance.funding.application.RecordingProvidentFundWithdrawal;
import cn.bjrenovation.finance.funding.domain.Contribution;
import cn.bjrenovation.finance.funding.domain.DisbursementException;
import cn.bjrenovation.finance.funding.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funding plans: list them; a project's funding plan: read it, confirm and hold its government part (commitment), post the hold (posting),
 * pay a milestone's tranche (disbursements: 201 when paid now, 200 when the same tranche was paid already), and
 * record DRC's fixed-asset funding and HPF's provident-fund withdrawals.
 */
@RestController
class FundingPlanController {

	private static final String PLAN = "/api/finance/funding-plans/{projectId}";

	private final FindingFundingPlan finding;

	private final ListingFundingPlans listing;

	private final CommittingFunding committing;

	private final PostingCommitment posting;

	private final DisbursingTranche disbursing;

	private final ListingDisbursementExceptions exceptions;

	private final RecordingFixedAssetFunding fixedAssets;

	private final RecordingProvidentFundWithdrawal withdrawals;

	FundingPlanController(FindingFundingPlan finding, ListingFundingPlans listing, CommittingFunding committing, PostingCommitment posting,
			DisbursingTranche disbursing, ListingDisbursementExceptions exceptions,
			RecordingFixedAssetFunding fixedAssets, RecordingProvidentFundWithdrawal withdrawals) {
		this.finding = finding;
		this.listing = listing;
		this.committing = committing;
		this.posting = posting;
		this.disbursing = disbursing;
		this.exceptions = exceptions;
		this.fixedAssets = fixedAssets;
		this.withdrawals = withdrawals;
	}

	record FundingPlanPageResponse(List<FundingPlanResponse> items, String nextPageToken) {
	}

	/** Funding plans by status, plan year and district, a keyset page at a time ({@code pageToken}). */
	@GetMapping("/api/finance/funding-plans")
	FundingPlanPageResponse list(Caller caller, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String districtCode,
			@RequestParam(required = false) Integer pageSize, @RequestParam(required = false) String pageToken) {
		FundingPlanPage page = listing.list(caller,
				ListFundingPlansCommand.of(status, year, districtCode, pageSize, pageToken));
		return new FundingPlanPageResponse(page.plans().stream().map(FundingPlanResponse::of).toList(),
				page.nextPageToken());
	}

	@GetMapping(PLAN)
	FundingPlanResponse get(Caller caller, @PathVariable String projectId) {
		return FundingPlanResponse.of(finding.find(caller, ProjectId.parse(projectId, "projectId")));
	}

	@PostMapping(PLAN + "/commitment")
	FundingPlanResponse commit(Caller caller, @PathVariable String projectId) {
		ProjectId project = ProjectId.parse(projectId, "projectId");
		committing.commit(caller, project);
		return FundingPlanResponse.of(finding.find(caller, project));
	}

	@PostMapping(PLAN + "/commitment/posting")
	FundingPlanResponse post(Caller caller, @PathVariable String projectId) {
		ProjectId project = ProjectId.parse(projectId, "projectId");
		posting.post(caller, project);
		return FundingPlanResponse.of(finding.find(caller, project));
	}

	/** Milestone evidence recorded by the Finance Bureau until the construction stage's events exist. */
	record DisburseRequest(String milestone, String sourceEventId, String evidence, Long amountFen) {
	}

	record TrancheResponse(String projectId, String milestone, long amountFen, String sourceEventId, String evidence,
			String disbursedBy, Instant disbursedAt, boolean replayed) {

		static TrancheResponse of(Disbursement disbursement) {
			var tranche = disbursement.tranche();
			return new TrancheResponse(tranche.project().toString(), tranche.milestone().name(), tranche.amountFen(),
					tranche.sourceEventId(), tranche.evidence(), tranche.disbursedBy(), tranche.disbursedAt(),
					disbursement.replayed());
		}

	}

	@PostMapping(PLAN + "/disbursements")
	ResponseEntity<TrancheResponse> disburse(Caller caller, @PathVariable String projectId,
			@RequestBody DisburseRequest request) {
		Disbursement disbursement = disbursing.disburse(caller, DisburseTrancheCommand.of(projectId,
				request.milestone(), request.sourceEventId(), request.evidence(), request.amountFen()));
		return ResponseEntity.status(disbursement.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(TrancheResponse.of(disbursement));
	}

	record ExceptionResponse(String id, String projectId, String milestone, long requestedFen, long remainingFen,
			String reason, String sourceEventId, String evidence, String recordedBy, Instant recordedAt) {

		static ExceptionResponse of(DisbursementException e) {
			return new ExceptionResponse(e.id().toString(), e.project().toString(), e.milestone().name(),
					e.requestedFen(), e.remainingFen(), e.reason(), e.sourceEventId(), e.evidence(), e.recordedBy(),
					e.recordedAt());
		}

	}

	@GetMapping("/api/finance/disbursement-exceptions")
	List<ExceptionResponse> exceptions(@RequestParam(defaultValue = "100") int limit) {
		return exceptions.newest(limit).stream().map(ExceptionResponse::of).toList();
	}

	record ContributionRequest(Long amountFen, List<String> items, Integer households, String reference) {
	}

	@PostMapping(PLAN + "/fixed-asset-funding")
	ResponseEntity<FundingPlanResponse.ContributionLine> fixedAssetFunding(Caller caller,
			@PathVariable String projectId, @RequestBody ContributionRequest request) {
		Contribution recorded = fixedAssets.record(caller, RecordContributionCommand.of(projectId, request.amountFen(),
				request.items(), null, request.reference(), false));
		return ResponseEntity.status(HttpStatus.CREATED).body(FundingPlanResponse.ContributionLine.of(recorded));
	}

	@PostMapping(PLAN + "/provident-fund-withdrawals")
	ResponseEntity<FundingPlanResponse.ContributionLine> providentFundWithdrawal(Caller caller,
			@PathVariable String projectId, @RequestBody ContributionRequest request) {
		Contribution recorded = withdrawals.record(caller, RecordContributionCommand.of(projectId, request.amountFen(),
				request.items(), request.households(), request.reference(), true));
		return ResponseEntity.status(HttpStatus.CREATED).body(FundingPlanResponse.ContributionLine.of(recorded));
	}

}
