package cn.bjrenovation.housing.fuzz;

import java.util.List;
import java.util.SplittableRandom;

import cn.bjrenovation.housing.v1.ConstructionServiceGrpc;
import cn.bjrenovation.housing.v1.GetGateRequest;
import cn.bjrenovation.housing.v1.GetProcessRequest;
import cn.bjrenovation.housing.v1.ListOverdueItemsRequest;
import cn.bjrenovation.housing.v1.AcceptanceServiceGrpc;
import cn.bjrenovation.housing.v1.CommunityFilter;
import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.housing.v1.GetAcceptanceRequest;
import cn.bjrenovation.housing.v1.GetCommunityRequest;
import cn.bjrenovation.housing.v1.GetDistrictPerformanceRequest;
import cn.bjrenovation.housing.v1.GetDistrictSummaryRequest;
import cn.bjrenovation.housing.v1.GetProjectRequest;
import cn.bjrenovation.housing.v1.GetVoteRequest;
import cn.bjrenovation.housing.v1.ListCommunitiesRequest;
import cn.bjrenovation.housing.v1.ListProjectsRequest;
import cn.bjrenovation.housing.v1.ListVotesRequest;
import cn.bjrenovation.housing.v1.ProjectFilter;
import cn.bjrenovation.housing.v1.ProjectServiceGrpc;
import cn.bjrenovation.housing.v1.StreamCommunitiesRequest;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.fuzz.FuzzRun;
import cn.bjrenovation.platform.testing.fuzz.GrpcFuzz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static cn.bjrenovation.platform.testing.fuzz.GrpcFuzz.integer;
import static cn.bjrenovation.platform.testing.fuzz.GrpcFuzz.text;

/** Every gRPC method of housing-service in the policy, with random field values, as HOUSING. */
@ServiceTest
@TestPropertySource(properties = { "renovation.events.retry-interval=10ms", "spring.kafka.consumer.fetch-max-wait=10ms" })
class HousingGrpcFuzzTest {

	@Autowired
	LocalGrpc grpc;

	@Autowired
	LocalHttp http;

	@Test
	void grpcRequests() {
		HousingFuzzSetup setup = HousingFuzzSetup.create(http);
		String[] ids = setup.communities.toArray(String[]::new);
		CommunityServiceGrpc.CommunityServiceBlockingStub stub = CommunityServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(HousingFuzzSetup.HOUSING));
		String[] projects = setup.projects.toArray(String[]::new);
		ProjectServiceGrpc.ProjectServiceBlockingStub project = ProjectServiceGrpc.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(HousingFuzzSetup.HOUSING));
		ConstructionServiceGrpc.ConstructionServiceBlockingStub construction = ConstructionServiceGrpc
			.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(HousingFuzzSetup.HOUSING));
		String[] votes = setup.votes.toArray(String[]::new);
		AcceptanceServiceGrpc.AcceptanceServiceBlockingStub acceptance = AcceptanceServiceGrpc
			.newBlockingStub(grpc.channel())
			.withCallCredentials(LocalGrpc.bearer(HousingFuzzSetup.HOUSING));
		FuzzRun run = FuzzRun.start("housing gRPC");
		GrpcFuzz.run(run, List.of(
				new GrpcFuzz.Method<>("CommunityService/GetCommunity",
						r -> GetCommunityRequest.newBuilder().setCommunityId(text(r, ids)).build(), stub::getCommunity),
				new GrpcFuzz.Method<>("CommunityService/ListCommunities",
						r -> ListCommunitiesRequest.newBuilder()
							.setFilter(filter(r))
							.setSort(text(r, "buildYear", "-buildYear", "name", "-households"))
							.setPageSize(integer(r))
							.setPageToken(r.nextBoolean() ? "" : text(r))
							.build(),
						stub::listCommunities),
				new GrpcFuzz.Method<>("CommunityService/StreamCommunities",
						r -> StreamCommunitiesRequest.newBuilder().setFilter(filter(r)).build(),
						stub::streamCommunities),
				new GrpcFuzz.Method<>("CommunityService/GetDistrictSummary",
						r -> GetDistrictSummaryRequest.newBuilder().setDistrictCode(text(r, "110105", "110108")).build(),
						stub::getDistrictSummary),
				new GrpcFuzz.Method<>("ProjectService/GetProject",
						r -> GetProjectRequest.newBuilder().setProjectId(text(r, projects)).build(), project::getProject),
				new GrpcFuzz.Method<>("ProjectService/ListProjects",
						r -> ListProjectsRequest.newBuilder()
							.setFilter(projectFilter(r, ids))
							.setPageSize(integer(r))
							.setPageToken(r.nextBoolean() ? "" : text(r))
							.build(),
						project::listProjects),
				new GrpcFuzz.Method<>("ConstructionService/GetGate",
						r -> GetGateRequest.newBuilder().setProjectId(text(r, projects)).build(), construction::getGate),
				new GrpcFuzz.Method<>("ConstructionService/GetProcess",
						r -> GetProcessRequest.newBuilder().setProjectId(text(r, projects)).build(),
						construction::getProcess),
				new GrpcFuzz.Method<>("ConstructionService/ListOverdueItems",
						r -> ListOverdueItemsRequest.getDefaultInstance(), construction::listOverdueItems),
				new GrpcFuzz.Method<>("AcceptanceService/GetAcceptance",
						r -> GetAcceptanceRequest.newBuilder().setProjectId(text(r, projects)).build(),
						acceptance::getAcceptance),
				new GrpcFuzz.Method<>("AcceptanceService/GetVote",
						r -> GetVoteRequest.newBuilder().setVoteId(text(r, votes)).build(), acceptance::getVote),
				new GrpcFuzz.Method<>("AcceptanceService/ListVotes",
						r -> ListVotesRequest.newBuilder().setCommunityId(r.nextBoolean() ? "" : text(r, ids)).build(),
						acceptance::listVotes),
				new GrpcFuzz.Method<>("AcceptanceService/GetDistrictPerformance",
						r -> GetDistrictPerformanceRequest.newBuilder()
							.setDistrictCode(text(r, "110105", "110108"))
							.setYear(r.nextBoolean() ? 2026 : integer(r))
							.build(),
						acceptance::getDistrictPerformance)));
		run.finish();
	}

	private static ProjectFilter projectFilter(SplittableRandom r, String[] communities) {
		ProjectFilter.Builder filter = ProjectFilter.newBuilder();
		if (r.nextBoolean()) {
			filter.setDistrictCode(text(r, "110105", "110108", ""));
		}
		if (r.nextBoolean()) {
			filter.setStreetCode(text(r, "110105017", ""));
		}
		if (r.nextInt(3) == 0) {
			filter.setYear(integer(r));
		}
		if (r.nextInt(3) == 0) {
			filter.setStatusValue(r.nextInt(10) - 2);
		}
		if (r.nextInt(3) == 0) {
			filter.setItemClassValue(r.nextBoolean() ? r.nextInt(6) - 2 : r.nextInt());
		}
		if (r.nextInt(3) == 0) {
			filter.setCommunityId(text(r, communities));
		}
		return filter.build();
	}

	private static CommunityFilter filter(SplittableRandom r) {
		CommunityFilter.Builder filter = CommunityFilter.newBuilder();
		if (r.nextBoolean()) {
			filter.setDistrictCode(text(r, "110105", "110108", ""));
		}
		if (r.nextBoolean()) {
			filter.setStreetCode(text(r, "110105017", ""));
		}
		if (r.nextInt(3) == 0) {
			filter.setBuiltFrom(integer(r));
		}
		if (r.nextInt(3) == 0) {
			filter.setBuiltTo(integer(r));
		}
		if (r.nextInt(3) == 0) {
			filter.setPropertyRightsValue(r.nextInt(12) - 2);
		}
		if (r.nextInt(3) == 0) {
			filter.setManagementStatusValue(r.nextInt(8) - 2);
		}
		if (r.nextInt(3) == 0) {
			filter.setElevatorValue(r.nextBoolean() ? r.nextInt(8) - 2 : r.nextInt());
		}
		if (r.nextInt(3) == 0) {
			filter.setMinHotlineComplaints(integer(r));
		}
		if (r.nextInt(3) == 0) {
			filter.setNameContains(text(r, "劲松", "%", "_", "\\"));
		}
		if (r.nextInt(4) == 0) {
			filter.setIncludeRetired(r.nextBoolean()).setCoreArea(r.nextBoolean()).setHistoricDistrict(r.nextBoolean());
		}
		return filter.build();
	}

}
