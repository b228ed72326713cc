package cn.bjrenovation.finance.v1;

import java.util.List;

/**
 * How to read the facts on {@code finance.maintenance}, as finance's contract defines them (schema version 1): every
 * movement of a community's maintenance fund, keyed by community id. Housing reads {@link #FUND_MOVED} with movement
 * {@code RAISED} as "the maintenance fund is set up or topped up". Types not in {@link #TYPES} are to be skipped.
 */
public final class MaintenanceFacts {

	public static final String TOPIC = "finance.maintenance";

	public static final int SCHEMA_VERSION = 1;

	/** Money raised into or used from the fund: {@link MaintenanceFundMoved}. */
	public static final String FUND_MOVED = "MaintenanceFundMoved";

	public static final List<String> TYPES = List.of(FUND_MOVED);

	private MaintenanceFacts() {
	}

}
