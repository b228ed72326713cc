package cn.bjrenovation.housing.project.domain;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * Where a renovation project is in its life (DOMAIN.md §5 steps 1–5). Later stages (design, construction,
 * acceptance …) add constants here and rows to {@link ProjectAction}; nothing else changes.
 */
public enum ProjectStatus implements Labelled {

	APPLIED("已申报", false), STREET_ACCEPTED("街道审核通过", false), DISTRICT_ACCEPTED("区审核通过", false),
	RESERVED("已入储备库", false), PLANNED("已列入年度计划", false), RETURNED("已退回", false),
	WITHDRAWN("已撤回", true);

	private final String label;

	private final boolean closed;

	ProjectStatus(String label, boolean closed) {
		this.label = label;
		this.closed = closed;
	}

	@Override
	public String label() {
		return label;
	}

	/**
	 * Whether the project's round is over: a community has at most one project that is not closed (one application
	 * per round), so it may apply again only once its project is closed. A returned project is still open — its
	 * applicant resubmits or withdraws it.
	 */
	public boolean closed() {
		return closed;
	}

}
