package cn.bjrenovation.housing.process.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import cn.bjrenovation.housing.process.domain.Journeys;
import cn.bjrenovation.housing.process.domain.Journeys.OpenStep;
import cn.bjrenovation.housing.process.domain.RenovationJourney;
import cn.bjrenovation.housing.process.domain.RenovationJourney.StepView;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue items (督办事项): every open step of every journey past its deadline today, the longest overdue first —
 * the commission's city-wide, a district only its own. Not silence: a stalled review, an operator that has not
 * confirmed, a compensation not yet made each shows here.
 */
@Service
public class ListingOverdueItems {

	private final Journeys journeys;

	private final DutyPolicy policy;

	private final ProcessSettings settings;

	private final Clock clock;

	ListingOverdueItems(Journeys journeys, DutyPolicy policy, ProcessSettings settings, Clock clock) {
		this.journeys = journeys;
		this.policy = policy;
		this.settings = settings;
		this.clock = clock;
	}

	/** One overdue step of a project. */
	public record OverdueItem(ProjectId projectId, String communityName, String districtCode, StepView step) {
	}

	@Transactional(readOnly = true)
	public List<OverdueItem> list(Caller caller) {
		Reach reach = policy.reach(caller, ProcessOperations.OVERDUE);
		LocalDate today = LocalDate.now(clock);
		return journeys.openSteps(reach.district().orElse(null))
			.stream()
			.map(open -> item(open, today))
			.filter(item -> item.step().overdue())
			.sorted(Comparator.comparingInt((OverdueItem item) -> item.step().daysOverdue()).reversed())
			.toList();
	}

	private OverdueItem item(OpenStep open, LocalDate today) {
		return new OverdueItem(open.project(), open.communityName(), open.districtCode(),
				RenovationJourney.view(open.state(), settings.deadlines(), today, clock.getZone()));
	}

}
