package cn.bjrenovation.housing.surveyimport.domain;

import java.util.List;

/**
 * The two survey templates (docs/survey-template.md). Each column has its English header and its Chinese
 * one; either is accepted, in any order.
 */
public enum ImportKind {

	COMMUNITIES(List.of(
			text("name", "小区名称"), column("districtCode", "区代码"), column("streetCode", "街道代码"),
			text("address", "地址"), column("latitude", "纬度"), column("longitude", "经度"),
			column("buildYear", "建成年份"), column("propertyRights", "产权类型"), column("managementStatus", "管理现状"),
			column("buildingCount", "楼栋数"), column("floorArea", "建筑面积"), column("households", "户数"),
			column("residents", "居民人数"), column("aged60PlusPercent", "60岁以上占比"),
			column("historicDistrict", "历史文化街区"), column("ownersOrganisation", "业委会物管会"),
			column("propertyServiceAgreed", "物业服务标准已约定"), column("hotlineComplaints", "12345投诉量"))),

	BUILDINGS(List.of(
			column("streetCode", "街道代码"), text("communityName", "小区名称"), text("number", "楼号"),
			column("floors", "层数"), column("units", "单元数"), column("buildYear", "建成年份"),
			column("structure", "结构"), column("floorArea", "建筑面积"), column("households", "户数"),
			column("seismicReinforcementNeeded", "需抗震加固"), column("energyRetrofitNeeded", "需节能改造"),
			column("elevator", "电梯"), column("dangerousGrade", "危房等级"), column("simpleBuilding", "简易楼")));

	/**
	 * A template column: the name problems are reported under, and its Chinese header. A text column (a name,
	 * an address) is stored and shown as written, so it is held to {@link SurveyRow#screen}'s rules for text.
	 */
	public record Column(String name, String chinese, boolean text) {
	}

	private final List<Column> columns;

	ImportKind(List<Column> columns) {
		this.columns = columns;
	}

	public List<Column> columns() {
		return columns;
	}

	private static Column column(String name, String chinese) {
		return new Column(name, chinese, false);
	}

	private static Column text(String name, String chinese) {
		return new Column(name, chinese, true);
	}

}
