package cn.bjrenovation.planning.design.application;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A design scheme as the planner submits it, checked where it enters; the use case reads the items against the
 * catalogue.
 *
 * @param historicKeeping null when not stated
 */
public record SubmitDesignCommand(ProjectId projectId, List<Line> items, boolean changesLandRights,
		boolean changesPlanningConditions, String historicKeeping, String summary, List<UUID> attachmentIds) {

	public static final int MAX_ITEMS = 100;

	public static final int MAX_TEXT = 4000;

	public static final int MAX_UNIT = 20;

	/** The most one item may cost: 10 billion yuan, in fen — far above any real item, far below overflow. */
	public static final long MAX_ITEM_COST_FEN = 1_000_000_000_000L;

	/** One item as entered. */
	public record ItemInput(String catalogueCode, BigDecimal quantity, String unit, Long estimatedCostFen,
			String description, String demolishesDeterminationId) {
	}

	/** One item, checked: {@code demolishes} is null unless it demolishes an illegal construction. */
	public record Line(String code, BigDecimal quantity, String unit, long estimatedCostFen, String description,
			UUID demolishes) {
	}

	/** @throws InvalidInputException listing every bad field, items by index ({@code items[2].quantity}) */
	public static SubmitDesignCommand of(String projectId, List<ItemInput> items, Boolean changesLandRights,
			Boolean changesPlanningConditions, String historicKeeping, String summary, List<String> attachmentIds) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		List<ItemInput> given = items == null ? List.of() : items;
		check.require(!given.isEmpty(), "items", "a scheme has at least one item");
		check.require(given.size() <= MAX_ITEMS, "items", "at most " + MAX_ITEMS + " items, were " + given.size());
		Set<String> codes = new HashSet<>();
		List<Line> lines = new java.util.ArrayList<>();
		for (int i = 0; i < given.size() && i < MAX_ITEMS; i++) {
			ItemInput item = given.get(i);
			String at = "items[" + i + "]";
			if (item == null) {
				check.present(null, at);
				continue;
			}
			check.notBlank(item.catalogueCode(), at + ".catalogueCode", 64);
			check.require(item.catalogueCode() == null || codes.add(item.catalogueCode().strip()), at + ".catalogueCode",
					"item " + item.catalogueCode() + " is listed twice: one line per item");
			check.present(item.quantity(), at + ".quantity");
			check.require(item.quantity() == null || item.quantity().signum() > 0 && item.quantity().scale() <= 3
					&& item.quantity().precision() - item.quantity().scale() <= 11, at + ".quantity",
					"a positive number with at most 11 digits before and 3 after the point, was " + item.quantity());
			check.plainText(item.unit(), at + ".unit", MAX_UNIT);
			check.present(item.estimatedCostFen(), at + ".estimatedCostFen");
			check.require(item.estimatedCostFen() == null
					|| item.estimatedCostFen() >= 0 && item.estimatedCostFen() <= MAX_ITEM_COST_FEN,
					at + ".estimatedCostFen", "fen, 0 to " + MAX_ITEM_COST_FEN + ", was " + item.estimatedCostFen());
			if (item.description() != null) {
				check.plainText(item.description(), at + ".description", MAX_TEXT);
			}
			UUID demolishes = item.demolishesDeterminationId() == null || item.demolishesDeterminationId().isBlank()
					? null : check.parsed(() -> uuid(item.demolishesDeterminationId(), at + ".demolishesDeterminationId"));
			lines.add(new Line(item.catalogueCode() == null ? null : item.catalogueCode().strip(), item.quantity(),
					item.unit() == null ? null : item.unit().strip(),
					item.estimatedCostFen() == null ? 0 : item.estimatedCostFen(),
					item.description() == null ? null : item.description().strip(), demolishes));
		}
		check.present(changesLandRights, "changesLandRights");
		check.present(changesPlanningConditions, "changesPlanningConditions");
		if (historicKeeping != null && !historicKeeping.isBlank()) {
			check.plainText(historicKeeping, "historicKeeping", MAX_TEXT);
		}
		check.plainText(summary, "summary", MAX_TEXT);
		List<String> attached = attachmentIds == null ? List.of() : attachmentIds;
		List<UUID> attachments = new java.util.ArrayList<>();
		for (int i = 0; i < attached.size(); i++) {
			int index = i;
			UUID parsed = check.parsed(() -> uuid(attached.get(index), "attachmentIds[" + index + "]"));
			check.require(parsed == null || !attachments.contains(parsed), "attachmentIds[" + i + "]", "listed twice");
			attachments.add(parsed);
		}
		check.throwIfAny();
		return new SubmitDesignCommand(id, lines, changesLandRights, changesPlanningConditions,
				historicKeeping == null || historicKeeping.isBlank() ? null : historicKeeping.strip(), summary.strip(),
				attachments);
	}

	static UUID uuid(String text, String field) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not an id (a UUID)");
		}
	}

}
