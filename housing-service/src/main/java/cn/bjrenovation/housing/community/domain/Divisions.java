package cn.bjrenovation.housing.community.domain;

/** Beijing's administrative divisions (区 and 街道/乡镇) a community must sit in. */
public interface Divisions {

	boolean isDistrict(String districtCode);

	/** Whether the street or township exists and belongs to the district. */
	boolean isStreetOf(String streetCode, String districtCode);

}
