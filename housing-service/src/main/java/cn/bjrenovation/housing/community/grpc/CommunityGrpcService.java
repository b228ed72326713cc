package cn.bjrenovation.housing.community.grpc;

import java.util.concurrent.Executor;

import cn.bjrenovation.housing.community.application.FindingCommunity;
import cn.bjrenovation.housing.community.application.ListingCommunities;
import cn.bjrenovation.housing.community.application.PageTokens;
import cn.bjrenovation.housing.community.application.StreamingCommunities;
import cn.bjrenovation.housing.community.application.SummarisingDistrict;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunitySort;
import cn.bjrenovation.housing.community.domain.DistrictSummary;
import cn.bjrenovation.housing.community.domain.Page;
import cn.bjrenovation.housing.community.domain.PageRequest;
import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.housing.v1.GetCommunityRequest;
import cn.bjrenovation.housing.v1.GetCommunityResponse;
import cn.bjrenovation.housing.v1.GetDistrictSummaryRequest;
import cn.bjrenovation.housing.v1.ListCommunitiesRequest;
import cn.bjrenovation.housing.v1.ListCommunitiesResponse;
import cn.bjrenovation.housing.v1.StreamCommunitiesRequest;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.security.CurrentCaller;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.stereotype.Service;

@Service
class CommunityGrpcService extends CommunityServiceGrpc.CommunityServiceImplBase {

	private final FindingCommunity finding;

	private final ListingCommunities listing;

	private final StreamingCommunities streaming;

	private final SummarisingDistrict summarising;

	private final Executor streams;

	private final GrpcExceptionHandler exceptions;

	CommunityGrpcService(FindingCommunity finding, ListingCommunities listing, StreamingCommunities streaming,
			SummarisingDistrict summarising,
			@Qualifier("communityStreams") Executor streams,
			@Qualifier("suiteExceptions") GrpcExceptionHandler exceptions) {
		this.exceptions = exceptions;
		this.finding = finding;
		this.listing = listing;
		this.streaming = streaming;
		this.summarising = summarising;
		this.streams = streams;
	}

	@Override
	public void getCommunity(GetCommunityRequest request, StreamObserver<GetCommunityResponse> response) {
		var community = finding.find(CurrentCaller.get(), CommunityId.parse(request.getCommunityId(), "community_id"));
		response.onNext(GetCommunityResponse.newBuilder().setCommunity(CommunityMessages.toMessage(community)).build());
		response.onCompleted();
	}

	@Override
	public void listCommunities(ListCommunitiesRequest request, StreamObserver<ListCommunitiesResponse> response) {
		CommunitySort.Order order = CommunitySort.parse(request.getSort());
		PageRequest page = PageRequest.of(order, request.getPageSize(),
				PageTokens.decode(order, request.getPageToken(), "page_token"));
		Page<Community> result = listing.list(CurrentCaller.get(), FilterMessages.fromMessage(request.getFilter()),
				page);
		ListCommunitiesResponse.Builder answer = ListCommunitiesResponse.newBuilder();
		result.items().forEach(community -> answer.addCommunities(CommunityMessages.toMessage(community)));
		String next = PageTokens.encode(order, result.next());
		if (next != null) {
			answer.setNextPageToken(next);
		}
		response.onNext(answer.build());
		response.onCompleted();
	}

	/**
	 * Streams every matching community. The database is read through a cursor and each message is sent when the
	 * client is ready, so a slow reader holds the cursor rather than filling the server's memory. The reading
	 * runs off the call's own thread, which must stay free to deliver the client's readiness.
	 */
	@Override
	public void streamCommunities(StreamCommunitiesRequest request,
			StreamObserver<cn.bjrenovation.housing.v1.Community> response) {
		ServerCallStreamObserver<cn.bjrenovation.housing.v1.Community> call =
				(ServerCallStreamObserver<cn.bjrenovation.housing.v1.Community>) response;
		Caller caller = CurrentCaller.get();
		var filter = FilterMessages.fromMessage(request.getFilter());
		FlowControl flow = new FlowControl(call);
		streams.execute(() -> {
			try {
				streaming.stream(caller, filter, StreamingCommunities.STREAM,
						community -> flow.send(CommunityMessages.toMessage(community)));
				call.onCompleted();
			}
			catch (RuntimeException ex) {
				StatusException status = exceptions.handleException(ex);
				call.onError(status != null ? status : Status.INTERNAL.withDescription("stream failed").asException());
			}
		});
	}

	@Override
	public void getDistrictSummary(GetDistrictSummaryRequest request,
			StreamObserver<cn.bjrenovation.housing.v1.DistrictSummary> response) {
		DistrictSummary summary = summarising.summarise(CurrentCaller.get(),
				DistrictCode.parse(request.getDistrictCode(), "district_code"));
		response.onNext(cn.bjrenovation.housing.v1.DistrictSummary.newBuilder()
			.setDistrictCode(summary.districtCode())
			.setCommunities(summary.communities())
			.setBuildings(summary.buildings())
			.setFloorAreaM2(summary.floorArea().doubleValue())
			.setHouseholds(summary.households())
			.setResidents(summary.residents())
			.setAged60PlusPercent(summary.aged60PlusPercent().doubleValue())
			.putAllCommunitiesByManagementStatus(summary.byManagementStatus())
			.putAllCommunitiesByPropertyRights(summary.byPropertyRights())
			.putAllBuildingsByDangerousGrade(summary.buildingsByDangerousGrade())
			.build());
		response.onCompleted();
	}

}
