package cn.bjrenovation.housing.project.application;

import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.platform.identity.Caller;

/** The caller as a project's history records them: subject, role, scope. */
final class ProjectActors {

	private ProjectActors() {
	}

	static Actor of(Caller caller) {
		return new Actor(caller.subject(), caller.role().name(), caller.scopeTerm());
	}

}
