package cn.bjrenovation.pipeline.utility.domain;

import java.util.List;
import java.util.Optional;

/** The operators of every utility network and the districts each serves: reference data of city management. */
public interface UtilityOperators {

	/** Every operator, by utility then code. */
	List<UtilityOperator> all();

	/** The operators of the utility serving the district, by code; empty when none is known. */
	List<UtilityOperator> serving(String districtCode, Utility utility);

	Optional<UtilityOperator> byCode(String code);

}
