package cn.bjrenovation.housing.community.domain;

import java.math.BigDecimal;
import java.util.Set;

import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * The surveyed facts of a community (DOMAIN.md §4), every rule checked: built before 2000, in a known district
 * and street, on the map inside Beijing, no negative counts or areas.
 *
 * @param committee the residents' committee (社区居委会) of the community's street it belongs to; null when not surveyed
 */
public record CommunitySurvey(String name, String districtCode, String streetCode, String address, GeoPoint location,
		int buildYear, PropertyRights propertyRights, ManagementStatus managementStatus, int buildingCount,
		BigDecimal floorArea, int households, int residents, BigDecimal aged60PlusPercent, boolean historicDistrict,
		OwnersOrganisation ownersOrganisation, boolean propertyServiceAgreed, int hotlineComplaints,
		CommitteeCode committee) {

	/** The programme covers communities built before this year (2000年底前建成, plan §三(一)). */
	public static final int SCOPE_BUILT_BEFORE = 2000;

	/** Earliest plausible build year; older entries are typing mistakes. */
	public static final int EARLIEST_BUILD_YEAR = 1900;

	/** The capital's core functional area (首都功能核心区): 东城 and 西城 (plan §二(三)). */
	private static final Set<String> CORE_AREA = Set.of("110101", "110102");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public boolean coreArea() {
		return CORE_AREA.contains(districtCode);
	}

	/**
	 * Checks every rule on the facts, adding each broken one to {@code check}.
	 * @return the survey, or null when a rule is broken
	 */
	public static CommunitySurvey check(CommunityFacts facts, Divisions divisions, FieldCheck check) {
		check.plainText(facts.name(), "name", 200).plainText(facts.address(), "address", 500);
		checkBuildYear(facts.buildYear(), check);
		boolean onItsStreet = checkDivision(facts.districtCode(), facts.streetCode(), divisions, check);
		CommitteeCode committee = committee(facts.committeeCode(), onItsStreet ? facts.streetCode() : null, divisions,
				check);
		GeoPoint.check(facts.latitude(), facts.longitude(), check);
		PropertyRights rights = check.choice(facts.propertyRights(), "propertyRights", PropertyRights.class);
		ManagementStatus management = check.choice(facts.managementStatus(), "managementStatus", ManagementStatus.class);
		OwnersOrganisation organisation = facts.ownersOrganisation() == null ? OwnersOrganisation.NONE
				: check.choice(facts.ownersOrganisation(), "ownersOrganisation", OwnersOrganisation.class);
		check.nonNegative(facts.buildingCount(), "buildingCount")
			.nonNegative(facts.floorArea(), "floorArea")
			.nonNegative(facts.households(), "households")
			.nonNegative(facts.residents(), "residents");
		StorableFigures.area(facts.floorArea(), "floorArea", check);
		BigDecimal aged = facts.aged60PlusPercent() == null ? BigDecimal.ZERO : facts.aged60PlusPercent();
		check.require(aged.signum() >= 0 && aged.compareTo(HUNDRED) <= 0, "aged60PlusPercent",
				"must be a percentage between 0 and 100, was " + aged);
		int complaints = facts.hotlineComplaints() == null ? 0 : facts.hotlineComplaints();
		check.require(complaints >= 0, "hotlineComplaints", "must not be negative, was " + complaints);
		if (facts.households() != null && facts.residents() != null && facts.households() > 0) {
			check.require(facts.residents() > 0, "residents", "a community with households has residents");
		}
		if (!check.ok()) {
			return null;
		}
		return new CommunitySurvey(facts.name().strip(), facts.districtCode(), facts.streetCode(),
				facts.address().strip(), new GeoPoint(facts.latitude(), facts.longitude()), facts.buildYear(), rights,
				management, facts.buildingCount(), facts.floorArea(), facts.households(), facts.residents(), aged,
				Boolean.TRUE.equals(facts.historicDistrict()), organisation,
				Boolean.TRUE.equals(facts.propertyServiceAgreed()), complaints, committee);
	}

	/** The committee, when given: 12 digits, a residents' committee of the street (when the street is known good). */
	private static CommitteeCode committee(String text, String streetCode, Divisions divisions, FieldCheck check) {
		if (text == null || text.isBlank()) {
			return null;
		}
		CommitteeCode code = check.parsed(() -> CommitteeCode.parse(text, "committeeCode"));
		if (code != null && streetCode != null) {
			check.require(divisions.isCommitteeOf(code.value(), streetCode), "committeeCode",
					"'" + code + "' is not a residents' committee of street " + streetCode
							+ " (its first nine digits are its street's code)");
		}
		return code;
	}

	private static void checkBuildYear(Integer buildYear, FieldCheck check) {
		if (buildYear == null) {
			check.present(null, "buildYear");
		}
		else if (buildYear >= SCOPE_BUILT_BEFORE) {
			check.require(false, "buildYear", "built in " + buildYear + ": only communities built before "
					+ SCOPE_BUILT_BEFORE + " are in the renovation programme (plan §三(一))");
		}
		else {
			check.require(buildYear >= EARLIEST_BUILD_YEAR, "buildYear",
					buildYear + " is before " + EARLIEST_BUILD_YEAR + "; check the survey");
		}
	}

	/** @return whether district and street are good */
	private static boolean checkDivision(String districtCode, String streetCode, Divisions divisions,
			FieldCheck check) {
		if (districtCode == null) {
			check.present(null, "districtCode");
			return false;
		}
		if (!divisions.isDistrict(districtCode)) {
			check.require(false, "districtCode", "'" + districtCode + "' is not a Beijing district code");
			return false;
		}
		boolean onStreet = divisions.isStreetOf(streetCode, districtCode);
		check.require(onStreet, "streetCode",
				"'" + streetCode + "' is not a street or township of district " + districtCode);
		return onStreet;
	}

}
