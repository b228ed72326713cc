package cn.bjrenovation.planning.design.domain;

import java.util.Objects;

/**
 * Who moved a design case, as their token said (or the service itself, for moves driven by housing's facts).
 *
 * @param scope the caller's own place, e.g. {@code street=110105017}; empty for city-wide roles
 */
public record Actor(String subject, String role, String scope) {

	/** planning-service itself, acting on one of housing's facts. */
	public static Actor service(String producer) {
		return new Actor(producer, "SERVICE", "");
	}

	public Actor {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(role, "role");
		scope = scope == null ? "" : scope;
	}

}
