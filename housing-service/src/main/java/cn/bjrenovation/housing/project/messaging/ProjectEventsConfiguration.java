package cn.bjrenovation.housing.project.messaging;

import cn.bjrenovation.housing.messaging.EventRoutes;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectMoved;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.Transition;
import cn.bjrenovation.housing.project.grpc.ProjectMessages;
import cn.bjrenovation.housing.v1.AnnualPlanAdjusted;
import cn.bjrenovation.housing.v1.ConstructionCompleted;
import cn.bjrenovation.housing.v1.ConstructionStarted;
import cn.bjrenovation.housing.v1.JointAcceptancePassed;
import cn.bjrenovation.housing.v1.LongTermManagementStarted;
import cn.bjrenovation.housing.v1.ProjectAccepted;
import cn.bjrenovation.housing.v1.ProjectApplied;
import cn.bjrenovation.housing.v1.ProjectFacts;
import cn.bjrenovation.housing.v1.ProjectPlanned;
import cn.bjrenovation.housing.v1.ProjectReserved;
import cn.bjrenovation.housing.v1.ProjectResubmitted;
import cn.bjrenovation.housing.v1.ProjectReturned;
import cn.bjrenovation.housing.v1.ProjectWithdrawn;
import cn.bjrenovation.housing.v1.ReviewLevel;
import cn.bjrenovation.platform.events.OutboundEvents;
import com.google.protobuf.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The facts housing publishes on {@code housing.project} (contract {@code housing.v1}, {@link ProjectFacts}): one per
 * transition of a project, keyed by project id, each carrying the project after the move and the move itself. The
 * payload message follows the fact's type, which the life-cycle row names.
 */
@Configuration(proxyBeanMethods = false)
class ProjectEventsConfiguration {

	static OutboundEvents routes(OutboundEvents events) {
		return events.publish(ProjectMoved.class, ProjectFacts.TOPIC, ProjectFacts.SCHEMA_VERSION, ProjectEventsConfiguration::payload);
	}

	static Message payload(ProjectMoved event) {
		RenovationProject project = event.project();
		Transition transition = event.transition();
		var snapshot = ProjectMessages.snapshot(project);
		var move = ProjectMessages.transition(transition);
		return switch (event.type()) {
			case ProjectFacts.PROJECT_APPLIED -> ProjectApplied.newBuilder()
				.setProject(snapshot)
				.setTransition(move)
				.setConsent(ProjectMessages.consent(project.application().consent()))
				.setObligationsAccepted(project.application().obligationsAccepted())
				.build();
			case ProjectFacts.PROJECT_RESUBMITTED -> ProjectResubmitted.newBuilder()
				.setProject(snapshot)
				.setTransition(move)
				.setConsent(ProjectMessages.consent(project.application().consent()))
				.setObligationsAccepted(project.application().obligationsAccepted())
				.build();
			case ProjectFacts.PROJECT_ACCEPTED -> ProjectAccepted.newBuilder()
				.setProject(snapshot)
				.setTransition(move)
				.setLevel(level(transition.action()))
				.build();
			case ProjectFacts.PROJECT_RETURNED -> ProjectReturned.newBuilder()
				.setProject(snapshot)
				.setTransition(move)
				.setLevel(level(transition.action()))
				.build();
			case ProjectFacts.PROJECT_RESERVED -> ProjectReserved.newBuilder().setProject(snapshot).setTransition(move).build();
			case ProjectFacts.PROJECT_WITHDRAWN ->
				ProjectWithdrawn.newBuilder().setProject(snapshot).setTransition(move).build();
			case ProjectFacts.PROJECT_PLANNED -> ProjectPlanned.newBuilder()
				.setProject(snapshot)
				.setTransition(move)
				.setYear(transition.year())
				.build();
			case ProjectFacts.ANNUAL_PLAN_ADJUSTED -> AnnualPlanAdjusted.newBuilder()
				.setProject(snapshot)
				.setTransition(move)
				.setYear(transition.year())
				.setChange(transition.action() == ProjectAction.ADJUST_OUT_OF_PLAN ? AnnualPlanAdjusted.PlanChange.REMOVED
						: AnnualPlanAdjusted.PlanChange.ADDED)
				.build();
			case ProjectFacts.CONSTRUCTION_STARTED ->
				ConstructionStarted.newBuilder().setProject(snapshot).setTransition(move).build();
			case ProjectFacts.CONSTRUCTION_COMPLETED ->
				ConstructionCompleted.newBuilder().setProject(snapshot).setTransition(move).build();
			case ProjectFacts.JOINT_ACCEPTANCE_PASSED ->
				JointAcceptancePassed.newBuilder().setProject(snapshot).setTransition(move).build();
			case ProjectFacts.LONG_TERM_MANAGEMENT_STARTED ->
				LongTermManagementStarted.newBuilder().setProject(snapshot).setTransition(move).build();
			default -> throw new IllegalStateException("no payload for fact " + event.type() + " of " + transition.action());
		};
	}

	private static ReviewLevel level(ProjectAction action) {
		return ReviewLevel.valueOf(action.level().name());
	}

	@Bean
	static EventRoutes projectEventRoutes() {
		return ProjectEventsConfiguration::routes;
	}

}
