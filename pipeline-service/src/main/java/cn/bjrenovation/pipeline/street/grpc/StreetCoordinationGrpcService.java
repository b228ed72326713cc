package cn.bjrenovation.pipeline.street.grpc;

import cn.bjrenovation.pipeline.street.application.ListingStreetCommunities;
import cn.bjrenovation.pipeline.street.domain.StreetCode;
import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesRequest;
import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesResponse;
import cn.bjrenovation.pipeline.v1.StreetCommunity;
import cn.bjrenovation.pipeline.v1.StreetCoordinationServiceGrpc;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/** ListStreetCommunities: INVALID_ARGUMENT for a malformed street code; an unknown street lists empty. */
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
		for (var community : listing.on(StreetCode.parse(request.getStreetCode(), "street_code"))) {
			reply.addCommunities(StreetCommunity.newBuilder()
				.setCommunityId(community.communityId().toString())
				.setName(community.name())
				.setBuildYear(community.buildYear()));
		}
		response.onNext(reply.build());
		response.onCompleted();
	}

}
