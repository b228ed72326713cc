package cn.bjrenovation.housing.project.domain;

import cn.bjrenovation.platform.validation.Labelled;

/**
 * Where a renovation project is in its life (DOMAIN.md §5 steps 1–5 and 9–12): from the residents' application to the
 * year's plan, then construction, joint acceptance and long-term management. Design, funding and pipelines run beside
 * the PLANNED project in their own services; housing hears of them as events (its construction gate). A new stage adds
 * constants here and rows to {@link ProjectAction}; nothing else changes.
 */
public enum ProjectStatus implements Labelled {

	APPLIED("已申报", false), STREET_ACCEPTED("街道审核通过", false), DISTRICT_ACCEPTED("区审核通过", false),
	RESERVED("已入储备库", false), PLANNED("已列入年度计划", false), RETURNED("已退回", false),
	WITHDRAWN("已撤回", true), CONSTRUCTION_STARTED("施工中", false), CONSTRUCTION_COMPLETED("已完工", false),
	ACCEPTED("已联合验收", false), LONG_TERM_MANAGED("已实现长效管理", true);

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
