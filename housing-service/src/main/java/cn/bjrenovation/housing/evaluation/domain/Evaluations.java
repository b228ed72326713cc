package cn.bjrenovation.housing.evaluation.domain;

/** The satisfaction surveys, and the figures of a district's year read from the projects' histories. */
public interface Evaluations {

	void add(SatisfactionSurvey survey);

	/** The district's year, counted in Beijing time. */
	DistrictPerformance performance(String districtCode, int year);

}
