package cn.bjrenovation.housing.construction.grpc;

import java.time.Instant;

import cn.bjrenovation.housing.construction.application.GateReading;
import cn.bjrenovation.housing.construction.application.ReadingGate;
import cn.bjrenovation.housing.construction.domain.ConstructionGate;
import cn.bjrenovation.housing.process.application.ListingOverdueItems;
import cn.bjrenovation.housing.process.application.ListingOverdueItems.OverdueItem;
import cn.bjrenovation.housing.process.application.ReadingProcess;
import cn.bjrenovation.housing.process.domain.RenovationJourney.StepView;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.v1.ConstructionServiceGrpc;
import cn.bjrenovation.housing.v1.GateCondition;
import cn.bjrenovation.housing.v1.GetGateRequest;
import cn.bjrenovation.housing.v1.GetGateResponse;
import cn.bjrenovation.housing.v1.GetProcessRequest;
import cn.bjrenovation.housing.v1.GetProcessResponse;
import cn.bjrenovation.housing.v1.JourneyStep;
import cn.bjrenovation.housing.v1.ListOverdueItemsRequest;
import cn.bjrenovation.housing.v1.ListOverdueItemsResponse;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.platform.security.CurrentCaller;
import com.google.protobuf.Timestamp;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/**
 * {@code housing.v1.ConstructionService}: the construction gate, the journey and the overdue items, with the same use
 * cases, duties and scope as REST.
 */
@Service
class ConstructionGrpcService extends ConstructionServiceGrpc.ConstructionServiceImplBase {

	private final ReadingGate readingGate;

	private final ReadingProcess readingProcess;

	private final ListingOverdueItems overdue;

	ConstructionGrpcService(ReadingGate readingGate, ReadingProcess readingProcess, ListingOverdueItems overdue) {
		this.readingGate = readingGate;
		this.readingProcess = readingProcess;
		this.overdue = overdue;
	}

	@Override
	public void getGate(GetGateRequest request, StreamObserver<GetGateResponse> response) {
		GateReading reading = readingGate.read(CurrentCaller.get(), ProjectId.parse(request.getProjectId(), "project_id"));
		ConstructionGate gate = reading.gate();
		cn.bjrenovation.housing.v1.ConstructionGate.Builder message = cn.bjrenovation.housing.v1.ConstructionGate
			.newBuilder()
			.setProjectId(reading.project().id().toString())
			.setStatus(ProjectStatus.valueOf(reading.project().status().name()))
			.setOpen(gate.open());
		for (ConstructionGate.Condition condition : gate.conditions()) {
			GateCondition.Builder built = GateCondition.newBuilder()
				.setCondition(condition.condition().name())
				.setMet(condition.met())
				.setRequired(condition.required());
			if (condition.since() != null) {
				built.setSince(timestamp(condition.since()));
			}
			message.addConditions(built);
		}
		gate.missing().forEach(missing -> message.addMissing(missing.name()));
		response.onNext(GetGateResponse.newBuilder().setGate(message).build());
		response.onCompleted();
	}

	@Override
	public void getProcess(GetProcessRequest request, StreamObserver<GetProcessResponse> response) {
		ReadingProcess.Process process = readingProcess.read(CurrentCaller.get(),
				ProjectId.parse(request.getProjectId(), "project_id"));
		GetProcessResponse.Builder message = GetProcessResponse.newBuilder()
			.setProjectId(process.projectId().toString());
		process.steps().forEach(step -> message.addSteps(step(step)));
		response.onNext(message.build());
		response.onCompleted();
	}

	@Override
	public void listOverdueItems(ListOverdueItemsRequest request, StreamObserver<ListOverdueItemsResponse> response) {
		ListOverdueItemsResponse.Builder message = ListOverdueItemsResponse.newBuilder();
		for (OverdueItem item : overdue.list(CurrentCaller.get())) {
			message.addItems(cn.bjrenovation.housing.v1.OverdueItem.newBuilder()
				.setProjectId(item.projectId().toString())
				.setCommunityName(item.communityName() == null ? "" : item.communityName())
				.setDistrictCode(item.districtCode())
				.setStep(item.step().step().name())
				.setDue(item.step().due() == null ? "" : item.step().due().toString())
				.setDaysOverdue(item.step().daysOverdue())
				.setSince(timestamp(item.step().since())));
		}
		response.onNext(message.build());
		response.onCompleted();
	}

	private static JourneyStep step(StepView view) {
		JourneyStep.Builder step = JourneyStep.newBuilder()
			.setStep(view.step().name())
			.setKind(view.step().kind().name())
			.setStatus(view.status())
			.setDue(view.due() == null ? "" : view.due().toString())
			.setNote(view.note() == null ? "" : view.note());
		if (view.since() != null) {
			step.setSince(timestamp(view.since()));
		}
		if (view.doneAt() != null) {
			step.setDoneAt(timestamp(view.doneAt()));
		}
		return step.build();
	}

	private static Timestamp timestamp(Instant at) {
		return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
	}

}
