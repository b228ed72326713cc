package cn.bjrenovation.housing.construction.messaging;

import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.envelope.MalformedEventException;
import cn.bjrenovation.platform.problems.InvalidInputException;

/** The project a department's fact is about: a fact that names none can never be applied, so it is dead-lettered. */
final class FactProjects {

	private FactProjects() {
	}

	static ProjectId of(EventEnvelope envelope, String projectId) {
		try {
			return ProjectId.parse(projectId, "project_id");
		}
		catch (InvalidInputException ex) {
			throw new MalformedEventException(envelope.getType() + " " + envelope.getEventId()
					+ " names no project: " + ex.getMessage());
		}
	}

}
