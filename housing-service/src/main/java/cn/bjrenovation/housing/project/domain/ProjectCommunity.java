package cn.bjrenovation.housing.project.domain;

import java.math.BigDecimal;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;
import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.place.CommunityId;

/**
 * What a project needs to know of its community, read from the city-wide database when the project is applied for
 * and when it is decided on.
 *
 * @param committee the residents' committee the community belongs to; null when not surveyed
 * @param floorArea the community's surveyed floor area, m² (0 when not surveyed)
 * @param ownersOrganisationFormed an owners' committee (业委会) or property-management committee (物管会) is formed
 * @param propertyServiceAgreed a property company and its service standard are determined (确定物业服务企业与服务标准)
 */
public record ProjectCommunity(CommunityId id, String name, String districtCode, String streetCode,
		CommitteeCode committee, int buildYear, BigDecimal floorArea, boolean ownersOrganisationFormed,
		boolean propertyServiceAgreed, boolean retired) {

	public static ProjectCommunity of(Community community) {
		CommunitySurvey survey = community.survey();
		return new ProjectCommunity(community.id(), survey.name(), survey.districtCode(), survey.streetCode(),
				survey.committee(), survey.buildYear(), survey.floorArea() == null ? BigDecimal.ZERO : survey.floorArea(),
				survey.ownersOrganisation().formed(), survey.propertyServiceAgreed(), community.retired());
	}

	/** Built before 2000 (2000年底前建成, plan §三(一)): only these are in the programme. */
	public boolean inProgramme() {
		return buildYear < CommunitySurvey.SCOPE_BUILT_BEFORE;
	}

}
