package cn.bjrenovation.platform.identity;

/**
 * The role a token carries: the eight municipal departments of Annex 2 (附件2) and the scoped actors named in
 * the plan's body. The scope a role must hold is in {@link #requiredScope()}.
 */
public enum Role {

	/** 市住房城乡建设委: joint-conference office, community database, annual plan. */
	HOUSING(ScopeClaim.NONE),
	/** 市发展改革委: fixed-asset funding, social capital, pipeline ownership handover. */
	DRC(ScopeClaim.NONE),
	/** 市规划自然资源委: design review, permits, responsible planners, illegal construction. */
	PLANNING(ScopeClaim.NONE),
	/** 市城市管理委: pipeline coordination and works supervision. */
	CITY_MGMT(ScopeClaim.NONE),
	/** 市国资委: city SOE non-operating-asset communities. */
	SASAC(ScopeClaim.NONE),
	/** 市财政局: subsidy rules, budget, disbursement. */
	FINANCE(ScopeClaim.NONE),
	/** 市民政局: community governance. */
	CIVIL_AFFAIRS(ScopeClaim.NONE),
	/** 市住房公积金中心: provident-fund withdrawals, maintenance fund. */
	HPF(ScopeClaim.NONE),
	/** 区政府: territorial responsibility (属地责任) for one district. */
	DISTRICT(ScopeClaim.DISTRICT),
	/** 街道/乡镇: one street office or township. */
	STREET(ScopeClaim.STREET),
	/** 居委会/业委会/物管会: one community. */
	COMMUNITY_ORG(ScopeClaim.COMMUNITY),
	/** 责任规划师: the streets assigned to them. */
	PLANNER(ScopeClaim.STREET),
	/** 专业管线经营单位: one utility. */
	OPERATOR(ScopeClaim.UTILITY),
	/** 中央单位/央企: its own communities. */
	CENTRAL_UNIT(ScopeClaim.NONE);

	/** Which scope claim a token of this role must carry. */
	public enum ScopeClaim {
		NONE, DISTRICT, STREET, COMMUNITY, UTILITY
	}

	private final ScopeClaim requiredScope;

	Role(ScopeClaim requiredScope) {
		this.requiredScope = requiredScope;
	}

	public ScopeClaim requiredScope() {
		return requiredScope;
	}

}
