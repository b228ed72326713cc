package cn.bjrenovation.pipeline.utility.application;

import java.util.List;
import java.util.Map;

import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperator;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperators;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * Lists the operators serving the districts, by utility: who city management will invite. A caller held to a district
 * or a utility is answered from its own, and refused when it asks for another.
 */
@Service
public class ListingOperators {

	static final String OPERATION = "pipeline.operator.list";

	private final UtilityOperators operators;

	private final DutyPolicy policy;

	ListingOperators(UtilityOperators operators, DutyPolicy policy) {
		this.operators = operators;
		this.policy = policy;
	}

	/**
	 * @param district null for every district (or the caller's own)
	 * @param utility null for every utility (or the caller's own)
	 * @throws ForbiddenException when the caller asks for a district or utility outside its reach
	 */
	public List<UtilityOperator> list(Caller caller, DistrictCode district, Utility utility) {
		Reach reach = policy.reach(caller, OPERATION);
		String districtCode = district != null ? district.value() : reach.district().orElse(null);
		String utilityToken = utility != null ? utility.token() : reach.utility().orElse(null);
		reach.requireCovers(new Place(districtCode, null, null, utilityToken, Map.of()));
		return operators.all()
			.stream()
			.filter(operator -> districtCode == null || operator.serves(districtCode))
			.filter(operator -> utilityToken == null || operator.utility().token().equals(utilityToken))
			.toList();
	}

}
