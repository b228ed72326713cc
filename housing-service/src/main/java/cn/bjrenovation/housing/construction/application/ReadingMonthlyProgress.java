package cn.bjrenovation.housing.construction.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import cn.bjrenovation.housing.construction.domain.DistrictMonth;
import cn.bjrenovation.housing.construction.domain.ProgressReports;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 月度调度 (plan §四(三)): each district's figures for a month — projects started, completed and accepted in it (by
 * their transitions, Beijing time), and the floor area and households of those started — the commission's city-wide,
 * a district only its own.
 */
@Service
public class ReadingMonthlyProgress {

	private final ProgressReports reports;

	private final DutyPolicy policy;

	private final Clock clock;

	ReadingMonthlyProgress(ProgressReports reports, DutyPolicy policy, Clock clock) {
		this.reports = reports;
		this.policy = policy;
		this.clock = clock;
	}

	/** A month's figures. */
	public record MonthlyProgress(int year, int month, List<DistrictMonth> districts) {
	}

	/** The month's figures; without year and month, this month's (Beijing time). */
	@Transactional(readOnly = true)
	public MonthlyProgress read(Caller caller, Integer year, Integer month) {
		Reach reach = policy.reach(caller, ConstructionOperations.MONTHLY);
		LocalDate today = LocalDate.now(clock);
		FieldCheck check = new FieldCheck();
		check.require(year == null || (year >= 2000 && year <= 2100), "year", year + " is not a year (2000–2100)");
		check.require(month == null || (month >= 1 && month <= 12), "month", month + " is not a month (1–12)");
		check.throwIfAny();
		YearMonth yearMonth = YearMonth.of(year == null ? today.getYear() : year,
				month == null ? today.getMonthValue() : month);
		ZoneId zone = clock.getZone();
		List<DistrictMonth> districts = reports.monthly(yearMonth.atDay(1).atStartOfDay(zone).toInstant(),
				yearMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), reach.district().orElse(null));
		return new MonthlyProgress(yearMonth.getYear(), yearMonth.getMonthValue(), districts);
	}

}
