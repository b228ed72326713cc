package cn.bjrenovation.housing.project.application;

import java.util.List;

import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * How the later stages' features (construction, acceptance, long-term management) move a project along its
 * life-cycle table, in their own transaction, once their own rule holds (the construction gate, every sign-off, the
 * signed contract). The move is stored over the version it was made from, published on {@code housing.project} and
 * audited like every other; a move the table does not list from the current status is refused naming it.
 */
@Component
public class AdvancingProject {

	private final MovingProject moving;

	private final Projects projects;

	AdvancingProject(MovingProject moving, Projects projects) {
		this.moving = moving;
		this.projects = projects;
	}

	/** The caller moves the project under the action's operation: a project outside their scope is 404. */
	public RenovationProject advance(Caller caller, ProjectId id, ProjectAction action, List<String> reasons) {
		return moving.move(caller, action.operation(), id,
				project -> project.advance(action, ProjectActors.of(caller), moving.now(), reasons));
	}

	/**
	 * The project moves because of an act already authorised by the feature that calls (e.g. the last party's
	 * sign-off of an acceptance the district opened), recorded as that actor's.
	 */
	public RenovationProject advanceAfter(Actor actor, ProjectId id, ProjectAction action, List<String> reasons) {
		RenovationProject current = projects.find(id).orElseThrow(() -> new NotFoundException("project", id.toString()));
		RenovationProject moved = current.advance(action, actor, moving.now(), reasons);
		if (!projects.replace(moved, current.version())) {
			throw new ConflictException("project " + id + " was changed by someone else meanwhile; read it again");
		}
		moving.recorded(action.operation(), moved);
		return moved;
	}

	/**
	 * As {@link #advanceAfter(Actor, ProjectId, ProjectAction, List)}, for a move made off a request thread (a
	 * listener): the audit record names {@code auditedAs}, on whose behalf the move is made.
	 */
	public RenovationProject advanceAfter(Caller auditedAs, Actor actor, ProjectId id, ProjectAction action,
			List<String> reasons) {
		RenovationProject current = projects.find(id).orElseThrow(() -> new NotFoundException("project", id.toString()));
		RenovationProject moved = current.advance(action, actor, moving.now(), reasons);
		if (!projects.replace(moved, current.version())) {
			throw new ConflictException("project " + id + " was changed by someone else meanwhile; read it again");
		}
		moving.recorded(auditedAs, action.operation(), moved);
		return moved;
	}

	/** The caller as a project's history records them. */
	public static Actor actor(Caller caller) {
		return ProjectActors.of(caller);
	}

}
