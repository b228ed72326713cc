package cn.bjrenovation.platform.policy;

/**
 * The reach a grant gives: the whole city, or only objects inside the caller's own district, street,
 * community or utility. Services enforce it on every object they read, change or list.
 */
public enum Scope {
	CITY, DISTRICT, STREET, COMMUNITY, UTILITY
}
