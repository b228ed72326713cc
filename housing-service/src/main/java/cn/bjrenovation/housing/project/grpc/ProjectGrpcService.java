package cn.bjrenovation.housing.project.grpc;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import cn.bjrenovation.housing.project.application.FindingProject;
import cn.bjrenovation.housing.project.application.ListingProjects;
import cn.bjrenovation.housing.project.application.ProjectPageTokens;
import cn.bjrenovation.housing.project.application.ProjectQuery;
import cn.bjrenovation.housing.project.application.WatchingProject;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectPage;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.Transition;
import cn.bjrenovation.housing.v1.GetProjectRequest;
import cn.bjrenovation.housing.v1.GetProjectResponse;
import cn.bjrenovation.housing.v1.ListProjectsRequest;
import cn.bjrenovation.housing.v1.ListProjectsResponse;
import cn.bjrenovation.housing.v1.ProjectFilter;
import cn.bjrenovation.housing.v1.ProjectServiceGrpc;
import cn.bjrenovation.housing.v1.ProjectTransition;
import cn.bjrenovation.housing.v1.WatchProjectRequest;
import cn.bjrenovation.platform.security.CurrentCaller;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.stereotype.Service;

/**
 * {@code housing.v1.ProjectService}: the same use cases, duties and scope as REST. A watch checks the caller's reach
 * when it starts, sends the history, then polls the project's transitions and sends each new one until the client
 * cancels or the project is closed.
 */
@Service
class ProjectGrpcService extends ProjectServiceGrpc.ProjectServiceImplBase {

	/** How often a watch looks for new transitions. */
	static final Duration POLL = Duration.ofMillis(500);

	private final FindingProject finding;

	private final ListingProjects listing;

	private final WatchingProject watching;

	private final ScheduledExecutorService watches;

	private final GrpcExceptionHandler exceptions;

	ProjectGrpcService(FindingProject finding, ListingProjects listing, WatchingProject watching,
			@Qualifier("projectWatches") ScheduledExecutorService watches,
			@Qualifier("suiteExceptions") GrpcExceptionHandler exceptions) {
		this.finding = finding;
		this.listing = listing;
		this.watching = watching;
		this.watches = watches;
		this.exceptions = exceptions;
	}

	@Override
	public void getProject(GetProjectRequest request, StreamObserver<GetProjectResponse> response) {
		RenovationProject project = finding.find(CurrentCaller.get(),
				ProjectId.parse(request.getProjectId(), "project_id"));
		response.onNext(GetProjectResponse.newBuilder().setProject(ProjectMessages.project(project, true)).build());
		response.onCompleted();
	}

	@Override
	public void listProjects(ListProjectsRequest request, StreamObserver<ListProjectsResponse> response) {
		ProjectFilter filter = request.getFilter();
		ProjectQuery query = new ProjectQuery(
				filter.getStatusValue() == 0 ? null : filter.getStatus().name(), blankToNull(filter.getDistrictCode()),
				blankToNull(filter.getStreetCode()), filter.hasYear() ? filter.getYear() : null,
				filter.getItemClassValue() == 0 ? null : filter.getItemClass().name(),
				blankToNull(filter.getCommunityId()), request.getPageSize(), blankToNull(request.getPageToken()));
		ProjectPage page = listing.list(CurrentCaller.get(), query, ListingProjects.Fields.GRPC);
		ListProjectsResponse.Builder answer = ListProjectsResponse.newBuilder();
		page.items().forEach(project -> answer.addProjects(ProjectMessages.project(project, false)));
		String next = ProjectPageTokens.encode(page.next());
		if (next != null) {
			answer.setNextPageToken(next);
		}
		response.onNext(answer.build());
		response.onCompleted();
	}

	@Override
	public void watchProject(WatchProjectRequest request, StreamObserver<ProjectTransition> response) {
		ServerCallStreamObserver<ProjectTransition> call = (ServerCallStreamObserver<ProjectTransition>) response;
		ProjectId id = ProjectId.parse(request.getProjectId(), "project_id");
		watching.start(CurrentCaller.get(), id);
		AtomicInteger sent = new AtomicInteger();
		AtomicReference<ScheduledFuture<?>> polling = new AtomicReference<>();
		Runnable poll = () -> {
			try {
				if (call.isCancelled()) {
					polling.get().cancel(false);
					return;
				}
				for (Transition transition : watching.after(id, sent.get())) {
					call.onNext(ProjectMessages.transition(transition));
					sent.set(transition.sequence());
					if (transition.to().closed()) {
						polling.get().cancel(false);
						call.onCompleted();
						return;
					}
				}
			}
			catch (RuntimeException ex) {
				polling.get().cancel(false);
				StatusException status = exceptions.handleException(ex);
				if (!call.isCancelled()) {
					call.onError(status != null ? status : Status.INTERNAL.withDescription("watch failed").asException());
				}
			}
		};
		synchronized (polling) {
			polling.set(watches.scheduleWithFixedDelay(() -> {
				synchronized (polling) {
					poll.run();
				}
			}, 0, POLL.toMillis(), TimeUnit.MILLISECONDS));
		}
		call.setOnCancelHandler(() -> polling.get().cancel(false));
	}

	private static String blankToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

}
