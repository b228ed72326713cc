package cn.bjrenovation.pipeline.coordination.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A street's calendar: every trench window on its segments whose dates meet the range, by start date, for the console
 * and for operators planning their year. A street outside the caller's reach reads as not found; an operator's
 * network runs through every street, so an operator sees every street's calendar (to join windows, not to dig apart).
 */
@Service
public class ListingStreetWindows {

	static final String OPERATION = "pipeline.window.calendar";

	private final TrenchWindows windows;

	private final DutyPolicy policy;

	private final Clock clock;

	ListingStreetWindows(TrenchWindows windows, DutyPolicy policy, Clock clock) {
		this.windows = windows;
		this.policy = policy;
		this.clock = clock;
	}

	/** Today, as the calendar's default start. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** @throws NotFoundException when the street lies outside the caller's reach */
	@Transactional(readOnly = true)
	public List<TrenchWindow> list(Caller caller, StreetWindowsQuery query) {
		Reach reach = policy.reach(caller, OPERATION);
		reach.requireVisible(new Place(query.street().district().value(), query.street().value(), null,
				reach.utility().orElse(null), Map.of()), "street", query.street());
		return windows.onStreet(query.street(), query.from(), query.to());
	}

}
