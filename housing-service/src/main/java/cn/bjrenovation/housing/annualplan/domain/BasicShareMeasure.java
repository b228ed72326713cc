package cn.bjrenovation.housing.annualplan.domain;

/**
 * How the plan's "total task volume" (总任务量, plan §三(一)) is measured for the 20% rule on basic-class tasks: by the
 * floor area of the communities renovated (the default: what the city's renovation figures count, §一(一) "约5500万
 * 平方米") or by the number of projects. The other measure is always shown beside it.
 */
public enum BasicShareMeasure {

	/** m² of the planned communities' surveyed floor area. */
	FLOOR_AREA,
	/** Number of planned projects (communities). */
	COUNT

}
