package cn.bjrenovation.housing.construction.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.bjrenovation.housing.construction.domain.ProgressReport.ItemProgress;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A progress report as the district enters it: {@code {"reportedOn":"2026-12-10","items":[{"code":"WATER_SUPPLY",
 * "percent":100}],"note":"…"}} — at least one item, each named once, percent 0..100; the note optional.
 */
public record ReportProgressCommand(LocalDate reportedOn, List<ItemProgress> items, String note) {

	public static final int MAX_ITEMS = 50;

	/** One item as entered. */
	public record Item(String code, Integer percent) {
	}

	/** @throws cn.bjrenovation.platform.problems.InvalidInputException naming every bad field at once */
	public static ReportProgressCommand of(String reportedOn, List<Item> items, String note) {
		FieldCheck check = new FieldCheck();
		LocalDate day = StartConstructionCommand.date(reportedOn, "reportedOn", check);
		List<Item> given = items == null ? List.of() : items;
		check.require(!given.isEmpty(), "items", "at least one item's progress is required");
		check.require(given.size() <= MAX_ITEMS, "items", "at most " + MAX_ITEMS + " items, were " + given.size());
		List<ItemProgress> checked = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size() && i < MAX_ITEMS; i++) {
			Item item = given.get(i);
			String field = "items[" + i + "]";
			if (item == null) {
				check.require(false, field, "is required");
				continue;
			}
			check.notBlank(item.code(), field + ".code", 100);
			check.require(item.code() == null || seen.add(item.code().strip()), field + ".code",
					item.code() + " is reported twice");
			check.present(item.percent(), field + ".percent");
			check.require(item.percent() == null || (item.percent() >= 0 && item.percent() <= 100), field + ".percent",
					item.percent() + " is not a percent (0..100)");
			if (item.code() != null && item.percent() != null) {
				checked.add(new ItemProgress(item.code().strip(), item.percent()));
			}
		}
		if (note != null && !note.isEmpty()) {
			check.plainText(note, "note", StartConstructionCommand.MAX_NOTE);
		}
		check.throwIfAny();
		return new ReportProgressCommand(day, checked, note == null || note.isBlank() ? "" : note.strip());
	}

}
