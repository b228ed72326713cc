package cn.bjrenovation.housing.project.domain;

import java.util.Objects;

/**
 * Who took an action on a project, as their token said: subject, role and scope.
 *
 * @param scope the caller's own place, e.g. {@code street=110105017}; empty for city-wide roles
 */
public record Actor(String subject, String role, String scope) {

	public Actor {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(role, "role");
		scope = scope == null ? "" : scope;
	}

}
