package cn.bjrenovation.finance.maintenance.web;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.finance.maintenance.application.FindingMaintenanceFund;
import cn.bjrenovation.finance.maintenance.application.MoveFundCommand;
import cn.bjrenovation.finance.maintenance.application.MoveFundCommand.VoteInput;
import cn.bjrenovation.finance.maintenance.application.MovingMaintenanceFund;
import cn.bjrenovation.finance.maintenance.domain.FundMovement;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A community's maintenance fund: read it, raise it (≥ 3/4 vote), use it for a project (> 1/2 vote) — each citing a
 * vote housing decided ({@code voteId}) or giving the vote's count ({@code vote}).
 */
@RestController
@RequestMapping("/api/finance/maintenance-funds/{communityId}")
class MaintenanceFundController {

	private final MovingMaintenanceFund moving;

	private final FindingMaintenanceFund finding;

	MaintenanceFundController(MovingMaintenanceFund moving, FindingMaintenanceFund finding) {
		this.moving = moving;
		this.finding = finding;
	}

	record MoveRequest(String districtCode, Long amountFen, String projectId, String voteId, VoteInput vote) {
	}

	record MovementResponse(String id, String communityId, String kind, long amountFen, String projectId,
			String voteReference, String recordedBy, Instant recordedAt) {

		static MovementResponse of(FundMovement movement) {
			return new MovementResponse(movement.id().toString(), movement.communityId().toString(),
					movement.kind().name(), movement.amountFen(),
					movement.projectId() == null ? null : movement.projectId().toString(), movement.vote().reference(),
					movement.recordedBy(), movement.recordedAt());
		}

	}

	record FundResponse(String communityId, long balanceFen, List<MovementResponse> movements) {
	}

	@GetMapping
	FundResponse get(@PathVariable String communityId) {
		var fund = finding.find(CommunityId.parse(communityId, "communityId"));
		return new FundResponse(fund.community().toString(), fund.balanceFen(),
				fund.movements().stream().map(MovementResponse::of).toList());
	}

	@PostMapping("/raisings")
	@ResponseStatus(HttpStatus.CREATED)
	MovementResponse raise(Caller caller, @PathVariable String communityId, @RequestBody MoveRequest request) {
		return MovementResponse.of(moving.raise(caller, MoveFundCommand.of(communityId, request.districtCode(),
				request.amountFen(), null, false, request.voteId(), request.vote())));
	}

	@PostMapping("/uses")
	@ResponseStatus(HttpStatus.CREATED)
	MovementResponse use(Caller caller, @PathVariable String communityId, @RequestBody MoveRequest request) {
		return MovementResponse.of(moving.use(caller, MoveFundCommand.of(communityId, request.districtCode(),
				request.amountFen(), request.projectId(), true, request.voteId(), request.vote())));
	}

}
