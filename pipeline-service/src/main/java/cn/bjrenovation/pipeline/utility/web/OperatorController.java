package cn.bjrenovation.pipeline.utility.web;

import java.util.List;
import java.util.TreeSet;

import cn.bjrenovation.pipeline.utility.application.ListingOperators;
import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperator;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The utility catalogue and its operators: {@code GET /api/pipeline/operators?districtCode=&utility=}. */
@RestController
class OperatorController {

	private final ListingOperators listing;

	OperatorController(ListingOperators listing) {
		this.listing = listing;
	}

	@GetMapping("/api/pipeline/operators")
	OperatorsResponse list(Caller caller, @RequestParam(required = false) String districtCode,
			@RequestParam(required = false) String utility) {
		FieldCheck check = new FieldCheck();
		DistrictCode district = districtCode == null ? null
				: check.parsed(() -> DistrictCode.parse(districtCode, "districtCode"));
		Utility wanted = utility == null ? null : check.choice(utility, "utility", Utility.class);
		check.throwIfAny();
		return OperatorsResponse.of(listing.list(caller, district, wanted));
	}

	record OperatorsResponse(List<OperatorResponse> operators) {

		static OperatorsResponse of(List<UtilityOperator> operators) {
			return new OperatorsResponse(operators.stream()
				.map(operator -> new OperatorResponse(operator.code(), operator.name(), operator.utility().name(),
						operator.utility().label(), List.copyOf(new TreeSet<>(operator.districts()))))
				.toList());
		}

	}

	record OperatorResponse(String code, String name, String utility, String utilityName, List<String> districts) {
	}

}
