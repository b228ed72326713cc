package cn.bjrenovation.pipeline.coordination.grpc;

import cn.bjrenovation.pipeline.coordination.application.FindingPlan;
import cn.bjrenovation.pipeline.coordination.application.ListingStreetWindows;
import cn.bjrenovation.pipeline.coordination.application.StreetWindowsQuery;
import cn.bjrenovation.pipeline.coordination.domain.ProjectId;
import cn.bjrenovation.pipeline.v1.CoordinationServiceGrpc;
import cn.bjrenovation.pipeline.v1.GetCoordinationPlanRequest;
import cn.bjrenovation.pipeline.v1.GetCoordinationPlanResponse;
import cn.bjrenovation.pipeline.v1.ListStreetWindowsRequest;
import cn.bjrenovation.pipeline.v1.ListStreetWindowsResponse;
import cn.bjrenovation.platform.security.CurrentCaller;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * GetCoordinationPlan and ListStreetWindows, scoped exactly as on REST: INVALID_ARGUMENT naming the field of a
 * malformed id, street code or date (an empty date takes REST's default), NOT_FOUND for a plan or street outside the
 * caller's reach.
 */
@Service
class CoordinationGrpcService extends CoordinationServiceGrpc.CoordinationServiceImplBase {

	private final FindingPlan finding;

	private final ListingStreetWindows listing;

	CoordinationGrpcService(FindingPlan finding, ListingStreetWindows listing) {
		this.finding = finding;
		this.listing = listing;
	}

	@Override
	public void getCoordinationPlan(GetCoordinationPlanRequest request,
			StreamObserver<GetCoordinationPlanResponse> response) {
		var view = finding.find(CurrentCaller.get(), ProjectId.parse(request.getProjectId(), "project_id"));
		response.onNext(GetCoordinationPlanResponse.newBuilder().setPlan(CoordinationMessages.plan(view)).build());
		response.onCompleted();
	}

	@Override
	public void listStreetWindows(ListStreetWindowsRequest request, StreamObserver<ListStreetWindowsResponse> response) {
		StreetWindowsQuery query = StreetWindowsQuery.of(request.getStreetCode(),
				request.getFrom().isEmpty() ? null : request.getFrom(), request.getTo().isEmpty() ? null : request.getTo(),
				listing.today(), "street_code");
		ListStreetWindowsResponse.Builder built = ListStreetWindowsResponse.newBuilder()
			.setStreetCode(query.street().value());
		listing.list(CurrentCaller.get(), query).forEach(window -> built.addWindows(CoordinationMessages.window(window)));
		response.onNext(built.build());
		response.onCompleted();
	}

}
