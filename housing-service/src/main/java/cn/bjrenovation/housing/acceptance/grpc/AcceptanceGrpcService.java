package cn.bjrenovation.housing.acceptance.grpc;

import cn.bjrenovation.housing.acceptance.application.FindingAcceptance;
import cn.bjrenovation.housing.evaluation.application.ReadingDistrictPerformance;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.v1.AcceptanceServiceGrpc;
import cn.bjrenovation.housing.v1.GetAcceptanceRequest;
import cn.bjrenovation.housing.v1.GetAcceptanceResponse;
import cn.bjrenovation.housing.v1.GetDistrictPerformanceRequest;
import cn.bjrenovation.housing.v1.GetDistrictPerformanceResponse;
import cn.bjrenovation.housing.v1.GetVoteRequest;
import cn.bjrenovation.housing.v1.GetVoteResponse;
import cn.bjrenovation.housing.v1.ListVotesRequest;
import cn.bjrenovation.housing.v1.ListVotesResponse;
import cn.bjrenovation.housing.vote.application.FindingVote;
import cn.bjrenovation.housing.vote.application.ListingVotes;
import cn.bjrenovation.housing.vote.domain.VoteId;
import cn.bjrenovation.platform.security.CurrentCaller;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * {@code housing.v1.AcceptanceService}: the read side of the end of a project's life — the same use cases, duties and
 * scope as REST.
 */
@Service
class AcceptanceGrpcService extends AcceptanceServiceGrpc.AcceptanceServiceImplBase {

	private final FindingAcceptance acceptances;

	private final FindingVote vote;

	private final ListingVotes votes;

	private final ReadingDistrictPerformance performance;

	AcceptanceGrpcService(FindingAcceptance acceptances, FindingVote vote, ListingVotes votes,
			ReadingDistrictPerformance performance) {
		this.acceptances = acceptances;
		this.vote = vote;
		this.votes = votes;
		this.performance = performance;
	}

	@Override
	public void getAcceptance(GetAcceptanceRequest request, StreamObserver<GetAcceptanceResponse> response) {
		response.onNext(GetAcceptanceResponse.newBuilder()
			.setAcceptance(AcceptanceMessages.acceptance(acceptances.find(CurrentCaller.get(),
					ProjectId.parse(request.getProjectId(), "project_id"))))
			.build());
		response.onCompleted();
	}

	@Override
	public void getVote(GetVoteRequest request, StreamObserver<GetVoteResponse> response) {
		response.onNext(GetVoteResponse.newBuilder()
			.setVote(AcceptanceMessages.vote(vote.find(CurrentCaller.get(), VoteId.parse(request.getVoteId(), "vote_id"))))
			.build());
		response.onCompleted();
	}

	@Override
	public void listVotes(ListVotesRequest request, StreamObserver<ListVotesResponse> response) {
		ListVotesResponse.Builder answer = ListVotesResponse.newBuilder();
		votes.list(CurrentCaller.get(), request.getCommunityId())
			.forEach(each -> answer.addVotes(AcceptanceMessages.vote(each)));
		response.onNext(answer.build());
		response.onCompleted();
	}

	@Override
	public void getDistrictPerformance(GetDistrictPerformanceRequest request,
			StreamObserver<GetDistrictPerformanceResponse> response) {
		response.onNext(GetDistrictPerformanceResponse.newBuilder()
			.setPerformance(AcceptanceMessages.performance(performance.read(CurrentCaller.get(),
					request.getDistrictCode(), request.getYear() == 0 ? null : request.getYear())))
			.build());
		response.onCompleted();
	}

}
