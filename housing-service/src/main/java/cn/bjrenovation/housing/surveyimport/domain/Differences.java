package cn.bjrenovation.housing.surveyimport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;

/**
 * How a survey row differs from the same community or building met before — registered, or on an earlier line
 * of the file — column by column. Figures compare as they are stored: areas to the centiare, percentages to
 * the tenth, so a file whose values the register rounded reads as unchanged.
 */
public final class Differences {

	/** One column whose value differs: the earlier value and this row's, as a surveyor would write them. */
	public record Difference(String field, String earlier, String row) {
	}

	private final List<Difference> differences = new ArrayList<>();

	private Differences() {
	}

	public static List<Difference> between(CommunitySurvey earlier, CommunitySurvey row) {
		return new Differences().compare("districtCode", earlier.districtCode(), row.districtCode())
			.compare("address", earlier.address(), row.address())
			.compare("latitude", earlier.location().latitude(), row.location().latitude())
			.compare("longitude", earlier.location().longitude(), row.location().longitude())
			.compare("buildYear", earlier.buildYear(), row.buildYear())
			.compare("propertyRights", earlier.propertyRights(), row.propertyRights())
			.compare("managementStatus", earlier.managementStatus(), row.managementStatus())
			.compare("buildingCount", earlier.buildingCount(), row.buildingCount())
			.compare("floorArea", earlier.floorArea(), row.floorArea(), 2)
			.compare("households", earlier.households(), row.households())
			.compare("residents", earlier.residents(), row.residents())
			.compare("aged60PlusPercent", earlier.aged60PlusPercent(), row.aged60PlusPercent(), 1)
			.compare("historicDistrict", earlier.historicDistrict(), row.historicDistrict())
			.compare("ownersOrganisation", earlier.ownersOrganisation(), row.ownersOrganisation())
			.compare("propertyServiceAgreed", earlier.propertyServiceAgreed(), row.propertyServiceAgreed())
			.compare("hotlineComplaints", earlier.hotlineComplaints(), row.hotlineComplaints())
			.differences;
	}

	public static List<Difference> between(Building earlier, Building row) {
		return new Differences().compare("floors", earlier.floors(), row.floors())
			.compare("units", earlier.units(), row.units())
			.compare("buildYear", earlier.buildYear(), row.buildYear())
			.compare("structure", earlier.structure(), row.structure())
			.compare("floorArea", earlier.floorArea(), row.floorArea(), 2)
			.compare("households", earlier.households(), row.households())
			.compare("seismicReinforcementNeeded", earlier.seismicReinforcementNeeded(), row.seismicReinforcementNeeded())
			.compare("energyRetrofitNeeded", earlier.energyRetrofitNeeded(), row.energyRetrofitNeeded())
			.compare("elevator", earlier.elevator(), row.elevator())
			.compare("dangerousGrade", earlier.dangerousGrade(), row.dangerousGrade())
			.compare("simpleBuilding", earlier.simpleBuilding(), row.simpleBuilding())
			.differences;
	}

	/** The differing columns' names, for a reason: "floors, dangerousGrade". */
	public static String fields(List<Difference> differences) {
		return String.join(", ", differences.stream().map(Difference::field).toList());
	}

	private Differences compare(String field, Object earlier, Object row) {
		if (!Objects.equals(earlier, row)) {
			differences.add(new Difference(field, shown(earlier), shown(row)));
		}
		return this;
	}

	private Differences compare(String field, BigDecimal earlier, BigDecimal row, int storedScale) {
		if (earlier.setScale(storedScale, RoundingMode.HALF_UP).compareTo(row.setScale(storedScale, RoundingMode.HALF_UP)) != 0) {
			differences.add(new Difference(field, shown(earlier), shown(row)));
		}
		return this;
	}

	private static String shown(Object value) {
		if (value == null) {
			return "empty";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value.toString();
	}

}
