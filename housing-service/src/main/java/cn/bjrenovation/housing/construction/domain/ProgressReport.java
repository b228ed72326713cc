package cn.bjrenovation.housing.construction.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.housing.project.domain.RenovationItem;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A progress report of a project under construction (施工进度, plan §四(三)): the percent done of some of its wanted
 * items on a day. An item's percent never goes down from its last report; the report is complete when, with it, every
 * wanted item stands at 100 — which completes construction (完工).
 *
 * @param complete every wanted item of the project stands at 100 with this report
 */
public record ProgressReport(UUID id, ProjectId projectId, LocalDate reportedOn, List<ItemProgress> items, String note,
		boolean complete, String reportedBy, Instant reportedAt) {

	public ProgressReport {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(projectId, "projectId");
		items = List.copyOf(items);
	}

	/** One item's progress: its catalogue code and the percent done, 0..100. */
	public record ItemProgress(String code, int percent) {
	}

	/**
	 * A report on the project, checked against its wanted items and their last reported percents.
	 * @param last each item's last reported percent (absent: never reported)
	 * @throws ConflictException when the project is not under construction
	 * @throws cn.bjrenovation.platform.problems.InvalidInputException naming {@code items[i].code} for an item the
	 * project does not want, {@code items[i].percent} for a percent lower than the item's last report
	 */
	public static ProgressReport of(UUID id, RenovationProject project, Map<String, Integer> last, LocalDate reportedOn,
			List<ItemProgress> items, String note, String reportedBy, Instant at) {
		if (project.status() != ProjectStatus.CONSTRUCTION_STARTED) {
			throw new ConflictException("project " + project.id() + " is " + project.status()
					+ ": progress is reported only while it is CONSTRUCTION_STARTED");
		}
		Set<String> wanted = project.application().items().stream().map(RenovationItem::code)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		FieldCheck check = new FieldCheck();
		Map<String, Integer> now = new HashMap<>(last);
		for (int i = 0; i < items.size(); i++) {
			ItemProgress item = items.get(i);
			if (!wanted.contains(item.code())) {
				check.require(false, "items[" + i + "].code", item.code() + " is not an item project " + project.id()
						+ " wants (" + String.join(", ", wanted) + ")");
				continue;
			}
			Integer before = last.get(item.code());
			check.require(before == null || item.percent() >= before, "items[" + i + "].percent", item.code() + " was "
					+ before + "% in its last report; progress never goes down (" + item.percent() + "%)");
			now.put(item.code(), item.percent());
		}
		check.throwIfAny();
		boolean complete = wanted.stream().allMatch(code -> now.getOrDefault(code, 0) == 100);
		return new ProgressReport(id, project.id(), reportedOn, items, note, complete, reportedBy, at);
	}

}
