package cn.bjrenovation.housing.community.grpc;

import cn.bjrenovation.housing.community.application.FindingCommunity;
import cn.bjrenovation.housing.community.domain.CommunityId;
import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.platform.identity.CurrentCaller;
import cn.bjrenovation.housing.v1.GetCommunityRequest;
import cn.bjrenovation.housing.v1.GetCommunityResponse;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

@Service
class CommunityGrpcService extends CommunityServiceGrpc.CommunityServiceImplBase {

	private final FindingCommunity finding;

	CommunityGrpcService(FindingCommunity finding) {
		this.finding = finding;
	}

	@Override
	public void getCommunity(GetCommunityRequest request, StreamObserver<GetCommunityResponse> response) {
		var community = finding.find(CurrentCaller.get(), CommunityId.parse(request.getCommunityId(), "community_id"));
		response.onNext(GetCommunityResponse.newBuilder().setCommunity(CommunityMessages.toMessage(community)).build());
		response.onCompleted();
	}

}
