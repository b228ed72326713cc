package cn.bjrenovation.pipeline.coordination.domain;

/**
 * How long a segment is protected after a window completes, by the road works it ended with (《城市道路管理条例》第三十三条:
 * 5 years after a rebuild, 3 after an overhaul): data, not code.
 */
public interface ProtectionPeriods {

	/** Whole years of protection after completion; 0 for none. */
	int years(RoadWork roadWork);

	/** The clause the period comes from, as officials cite it. */
	String clause(RoadWork roadWork);

}
