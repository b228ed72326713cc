package cn.bjrenovation.democity;

import java.math.BigDecimal;

/**
 * One row of the survey's communities file: a residential community (小区) built before 2000, as a district
 * surveys it for the city-wide old-community database (plan §三(一)).
 *
 * @param floorArea total floor area in m², 2 decimals; at least the sum of its buildings'
 * @param households at least the sum of its buildings'
 * @param aged60PlusPercent share of residents aged 60 or more, 0..100, 1 decimal
 * @param hotlineComplaints 12345 hotline complaints about the community
 */
public record Community(String name, String districtCode, String streetCode, String address, double latitude,
		double longitude, int buildYear, PropertyRights propertyRights, ManagementStatus managementStatus,
		int buildingCount, BigDecimal floorArea, int households, int residents, BigDecimal aged60PlusPercent,
		boolean historicDistrict, OwnersOrganisation ownersOrganisation, boolean propertyServiceAgreed,
		int hotlineComplaints) {

	/** 产权关系. */
	public enum PropertyRights {

		/** 市属. */
		MUNICIPAL,
		/** 区属. */
		DISTRICT_OWNED,
		/** 中央单位. */
		CENTRAL_UNIT,
		/** 中央企业. */
		CENTRAL_SOE,
		/** 市属国企非经营性资产 (市属非经). */
		CITY_SOE_NON_OPERATING,
		/** 商品房. */
		COMMERCIAL_HOUSING,
		/** 多产权. */
		MULTIPLE_OWNERS,
		/** 无产权单位. */
		NO_OWNER

	}

	/** 管理现状. */
	public enum ManagementStatus {

		/** 物业服务企业. */
		MARKET_PROPERTY_COMPANY,
		/** 单位自管. */
		UNIT_SELF_MANAGED,
		/** 准物业. */
		QUASI_PROPERTY,
		/** 无管理. */
		UNMANAGED

	}

	/** The owners' organisation formed, if any. */
	public enum OwnersOrganisation {

		NONE,
		/** 业主委员会 (业委会). */
		OWNERS_COMMITTEE,
		/** 物业管理委员会 (物管会). */
		PROPERTY_MANAGEMENT_COMMITTEE

	}

}
