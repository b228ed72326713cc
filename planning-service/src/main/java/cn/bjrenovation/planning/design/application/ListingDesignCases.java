package cn.bjrenovation.planning.design.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.DesignCaseQuery;
import cn.bjrenovation.planning.design.domain.DesignCaseStatus;
import cn.bjrenovation.planning.design.domain.DesignCases;
import cn.bjrenovation.planning.planner.application.ServingPlanners;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists design cases by district, street or status, narrowed to the caller's reach: a district's or street's own
 * place, a planner's assigned streets, approved schemes for those who read only those. Asking for a district or street
 * outside one's place is refused, not silently answered with one's own.
 */
@Service
public class ListingDesignCases {

	static final String OPERATION = "planning.design.list";

	private final DesignCases cases;

	private final DutyPolicy policy;

	private final ServingPlanners planners;

	ListingDesignCases(DesignCases cases, DutyPolicy policy, ServingPlanners planners) {
		this.cases = cases;
		this.policy = policy;
		this.planners = planners;
	}

	/** @throws ForbiddenException when the filter names a district or street outside the caller's place */
	@Transactional(readOnly = true)
	public DesignCasePage list(Caller caller, ListDesignCasesCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		String askedDistrict = command.street() != null ? command.street().district().value()
				: command.district() == null ? null : command.district().value();
		reach.district().filter(own -> askedDistrict != null && !own.equals(askedDistrict)).ifPresent(own -> {
			throw new ForbiddenException(OPERATION, "a caller of district " + own + " lists only its own district's cases, "
					+ "not " + askedDistrict + "'s");
		});
		reach.street().filter(own -> command.street() != null && !own.equals(command.street().value())).ifPresent(own -> {
			throw new ForbiddenException(OPERATION, "a caller of street " + own + " lists only its own street's cases, "
					+ "not " + command.street() + "'s");
		});
		String district = reach.district().orElse(command.district() == null ? null : command.district().value());
		String street = reach.street().orElse(command.street() == null ? null : command.street().value());
		Set<String> streets = planners.streetsUnder(reach, caller).orElse(null);
		Set<DesignCaseStatus> statuses = reach.condition(DesignAccess.DESIGN_STATUS)
			.map(values -> values.stream()
				.map(DesignCaseStatus::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(DesignCaseStatus.class))))
			.orElse(null);
		List<DesignCase> page = cases.list(new DesignCaseQuery(district, street, command.status(), streets, statuses,
				command.after(), command.pageSize() + 1));
		boolean more = page.size() > command.pageSize();
		List<DesignCase> shown = more ? page.subList(0, command.pageSize()) : page;
		return new DesignCasePage(List.copyOf(shown), more ? shown.get(shown.size() - 1).id().toString() : null);
	}

}
