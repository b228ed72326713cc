package cn.bjrenovation.housing.process.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days (工作日): Monday to Friday. Public holidays are not known to the suite yet. */
public final class WorkingDays {

	private WorkingDays() {
	}

	/** The working day {@code days} working days after {@code from} (from itself when 0 and a working day). */
	public static LocalDate plus(LocalDate from, int days) {
		LocalDate day = from;
		while (!working(day)) {
			day = day.plusDays(1);
		}
		for (int added = 0; added < days;) {
			day = day.plusDays(1);
			if (working(day)) {
				added++;
			}
		}
		return day;
	}

	/** Working days after {@code due} up to and including {@code today}; 0 when today is not past it. */
	public static int after(LocalDate due, LocalDate today) {
		int days = 0;
		for (LocalDate day = due.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
			if (working(day)) {
				days++;
			}
		}
		return days;
	}

	public static boolean working(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
