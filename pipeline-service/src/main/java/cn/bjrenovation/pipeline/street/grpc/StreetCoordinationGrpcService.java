package cn.bjrenovation.pipeline.street.grpc;

import cn.bjrenovation.pipeline.street.application.ListingStreetCommunities;
import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesRequest;
import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesResponse;
import cn.bjrenovation.pipeline.v1.StreetCommunity;
import cn.bjrenovation.pipeline.v1.StreetCoordinationServiceGrpc;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.security.CurrentCaller;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * ListStreetCommunities: INVALID_ARGUMENT naming {@code street_code} for a malformed street code, NOT_FOUND for a
 * street outside the caller's reach; an unknown street lists empty.
 */
@Service
class StreetCoordinationGrpcService extends StreetCoordinationServiceGrpc.StreetCoordinationServiceImplBase {

	private final ListingStreetCommunities listing;

	StreetCoordinationGrpcService(ListingStreetCommunities listing) {
		this.listing = listing;
	}

	@Override
	public void listStreetCommunities(ListStreetCommunitiesRequest request,
			StreamObserver<ListStreetCommunitiesResponse> response) {
		ListStreetCommunitiesResponse.Builder reply = ListStreetCommunitiesResponse.newBuilder();
		for (var community : listing.on(CurrentCaller.get(),
				StreetCode.parse(request.getStreetCode(), "street_code"))) {
			reply.addCommunities(StreetCommunity.newBuilder()
				.setCommunityId(community.communityId().toString())
				.setName(community.name())
				.setBuildYear(community.buildYear()));
		}
		response.onNext(reply.build());
		response.onCompleted();
	}

}
