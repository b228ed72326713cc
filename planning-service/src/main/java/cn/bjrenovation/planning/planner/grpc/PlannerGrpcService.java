package cn.bjrenovation.planning.planner.grpc;

import cn.bjrenovation.planning.planner.application.FindingPlanner;
import cn.bjrenovation.planning.planner.application.StreetPlanner;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerResponse;
import cn.bjrenovation.planning.v1.PlannerServiceGrpc;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.security.CurrentCaller;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * GetResponsiblePlanner: INVALID_ARGUMENT naming {@code street_code} for a malformed street code, NOT_FOUND for a
 * street without planner or outside the caller's reach. The policy lets districts, streets and planners call it
 * directly; the use case holds them to their own streets exactly as on REST.
 */
@Service
class PlannerGrpcService extends PlannerServiceGrpc.PlannerServiceImplBase {

	private final FindingPlanner finding;

	PlannerGrpcService(FindingPlanner finding) {
		this.finding = finding;
	}

	@Override
	public void getResponsiblePlanner(GetResponsiblePlannerRequest request,
			StreamObserver<GetResponsiblePlannerResponse> response) {
		StreetPlanner planner = finding.find(CurrentCaller.get(),
				StreetCode.parse(request.getStreetCode(), "street_code"));
		response.onNext(GetResponsiblePlannerResponse.newBuilder()
			.setStreetCode(planner.assignment().street().value())
			.setPlannerSubject(planner.assignment().plannerSubject())
			.setPlannerName(planner.assignment().plannerName())
			.setCommunitiesOnStreet(planner.communitiesOnStreet())
			.build());
		response.onCompleted();
	}

}
