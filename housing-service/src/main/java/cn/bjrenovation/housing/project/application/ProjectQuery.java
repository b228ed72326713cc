package cn.bjrenovation.housing.project.application;

/**
 * A project list as asked for (REST query or gRPC filter), before any rule is checked: every text as given, null
 * when not given.
 *
 * @param year the year of the annual plan the projects are in
 * @param itemClass projects with at least one wanted item of this class
 */
public record ProjectQuery(String status, String districtCode, String streetCode, Integer year, String itemClass,
		String communityId, Integer pageSize, String pageToken) {
}
