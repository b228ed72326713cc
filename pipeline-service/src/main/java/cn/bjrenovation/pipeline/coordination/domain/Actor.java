package cn.bjrenovation.pipeline.coordination.domain;

import java.util.Objects;

import cn.bjrenovation.platform.identity.Caller;

/**
 * Who moved a plan, as their token said, or the service itself for moves driven by other services' facts.
 *
 * @param scope the caller's own place, e.g. {@code utility=gas}; empty for city-wide roles
 */
public record Actor(String subject, String role, String scope) {

	public Actor {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(role, "role");
		scope = scope == null ? "" : scope;
	}

	public static Actor of(Caller caller) {
		return new Actor(caller.subject(), caller.role().name(), caller.scopeTerm());
	}

	/** pipeline-service itself, acting on another service's fact. */
	public static Actor service(String producer) {
		return new Actor(producer, "SERVICE", "");
	}

}
