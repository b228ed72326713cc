package cn.bjrenovation.housing.community.application;

/** A district's (or the commission's) registration of one surveyed community. */
public record RegisterCommunityCommand(String name, String districtCode, String streetCode, int buildYear) {
}
