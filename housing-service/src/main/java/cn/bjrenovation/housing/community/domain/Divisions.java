package cn.bjrenovation.housing.community.domain;

/** Beijing's administrative divisions (区, 街道/乡镇 and 社区居委会) a community must sit in. */
public interface Divisions {

	/** Whether the residents' committee (12 digits) exists and lies on the street. */
	boolean isCommitteeOf(String committeeCode, String streetCode);

	boolean isDistrict(String districtCode);

	/** Whether the street or township exists and belongs to the district. */
	boolean isStreetOf(String streetCode, String districtCode);

}
