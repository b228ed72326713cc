package cn.bjrenovation.housing.community.domain;

import java.math.BigDecimal;
import java.util.Map;

/** A district's old communities in figures (区级汇总), over the communities not retired. */
public record DistrictSummary(String districtCode, long communities, long buildings, BigDecimal floorArea,
		long households, long residents, BigDecimal aged60PlusPercent, Map<String, Long> byManagementStatus,
		Map<String, Long> byPropertyRights, Map<String, Long> buildingsByDangerousGrade) {
}
