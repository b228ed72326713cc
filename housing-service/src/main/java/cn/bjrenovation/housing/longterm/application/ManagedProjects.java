package cn.bjrenovation.housing.longterm.application;

import java.util.List;

import cn.bjrenovation.housing.longterm.domain.LongTermManagement;
import cn.bjrenovation.housing.project.application.AdvancingProject;
import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * 长效管理: an accepted project comes under long-term management once BOTH its property-service contract is signed and
 * its community's maintenance fund has been raised (set up or topped up) since the project was applied for — moved
 * by whichever of the two comes second, in that one's transaction.
 */
@Component
class ManagedProjects {

	private final LongTermManagement management;

	private final AdvancingProject advancing;

	ManagedProjects(LongTermManagement management, AdvancingProject advancing) {
		this.management = management;
		this.advancing = advancing;
	}

	boolean ready(RenovationProject project) {
		return project.status() == ProjectStatus.ACCEPTED && management.contract(project.id()).isPresent()
				&& management.fundRaisedSince(project.communityId(), project.appliedAt());
	}

	/** On a request thread: audited as the caller's. */
	void moveIfReady(RenovationProject project, Actor actor, String why) {
		if (ready(project)) {
			advancing.advanceAfter(actor, project.id(), ProjectAction.START_LONG_TERM_MANAGEMENT, List.of(why));
		}
	}

	/** Off a request thread (a listener): audited as {@code auditedAs}'s. */
	void moveIfReady(RenovationProject project, Caller auditedAs, Actor actor, String why) {
		if (ready(project)) {
			advancing.advanceAfter(auditedAs, actor, project.id(), ProjectAction.START_LONG_TERM_MANAGEMENT,
					List.of(why));
		}
	}

}
