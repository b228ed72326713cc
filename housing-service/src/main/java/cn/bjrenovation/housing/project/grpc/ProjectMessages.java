package cn.bjrenovation.housing.project.grpc;

import java.time.Instant;

import cn.bjrenovation.housing.project.domain.Consent;
import cn.bjrenovation.housing.project.domain.RenovationItem;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.Transition;
import cn.bjrenovation.housing.v1.ItemClass;
import cn.bjrenovation.housing.v1.Project;
import cn.bjrenovation.housing.v1.ProjectSnapshot;
import cn.bjrenovation.housing.v1.ProjectStatus;
import cn.bjrenovation.housing.v1.ProjectTransition;
import com.google.protobuf.Timestamp;

/** Projects in contract {@code housing.v1}: for the gRPC service and the facts on {@code housing.project}. */
public final class ProjectMessages {

	private ProjectMessages() {
	}

	public static ProjectSnapshot snapshot(RenovationProject project) {
		var community = project.community();
		ProjectSnapshot.Builder snapshot = ProjectSnapshot.newBuilder()
			.setProjectId(project.id().toString())
			.setCommunityId(community.id().toString())
			.setCommunityName(community.name())
			.setDistrictCode(community.districtCode())
			.setStreetCode(community.streetCode())
			.setStatus(ProjectStatus.valueOf(project.status().name()))
			.setVersion(project.version());
		project.application().items().forEach(item -> snapshot.addItems(item(item)));
		if (project.planYear() != null) {
			snapshot.setPlanYear(project.planYear());
		}
		return snapshot.build();
	}

	public static Project project(RenovationProject project, boolean withHistory) {
		Project.Builder message = Project.newBuilder()
			.setSnapshot(snapshot(project))
			.setConsent(consent(project.application().consent()))
			.setObligationsAccepted(project.application().obligationsAccepted())
			.setNote(project.application().note())
			.setAppliedAt(timestamp(project.appliedAt()))
			.setAppliedBy(project.applicant().subject());
		if (withHistory) {
			project.history().forEach(transition -> message.addHistory(transition(transition)));
		}
		return message.build();
	}

	public static cn.bjrenovation.housing.v1.RenovationItem item(RenovationItem item) {
		return cn.bjrenovation.housing.v1.RenovationItem.newBuilder()
			.setCode(item.code())
			.setName(item.name())
			.setItemClass(ItemClass.valueOf(item.itemClass().name()))
			.setTouchesUtility(item.touchesUtility())
			.build();
	}

	public static cn.bjrenovation.housing.v1.Consent consent(Consent consent) {
		return cn.bjrenovation.housing.v1.Consent.newBuilder()
			.setOwners(consent.owners())
			.setOwnersAgreeing(consent.ownersAgreeing())
			.setAreaM2(consent.area().doubleValue())
			.setAreaAgreeingM2(consent.areaAgreeing().doubleValue())
			.build();
	}

	public static ProjectTransition transition(Transition transition) {
		ProjectTransition.Builder message = ProjectTransition.newBuilder()
			.setSequence(transition.sequence())
			.setAction(transition.action().name())
			.setToStatus(ProjectStatus.valueOf(transition.to().name()))
			.setSubject(transition.actor().subject())
			.setRole(transition.actor().role())
			.setScope(transition.actor().scope())
			.setAt(timestamp(transition.at()))
			.addAllReasons(transition.reasons());
		if (transition.from() != null) {
			message.setFromStatus(ProjectStatus.valueOf(transition.from().name()));
		}
		if (transition.year() != null) {
			message.setYear(transition.year());
		}
		return message.build();
	}

	private static Timestamp timestamp(Instant at) {
		return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
	}

}
