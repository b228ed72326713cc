package cn.bjrenovation.housing.publicboard.persistence;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.housing.project.domain.RenovationItem;
import cn.bjrenovation.housing.project.domain.RenovationItemCatalogue;
import cn.bjrenovation.housing.publicboard.domain.DistrictProgress;
import cn.bjrenovation.housing.publicboard.domain.Milestone;
import cn.bjrenovation.housing.publicboard.domain.Notice;
import cn.bjrenovation.housing.publicboard.domain.NoticeBoard;
import cn.bjrenovation.housing.publicboard.domain.NoticeDesign;
import cn.bjrenovation.housing.publicboard.domain.NoticeEntry;
import cn.bjrenovation.housing.publicboard.domain.NoticeItem;
import cn.bjrenovation.housing.publicboard.domain.NoticeSearch;
import cn.bjrenovation.housing.publicboard.domain.Publication;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board read straight from the projects' own rows, one query per answer, every one restricted to the published
 * states ({@link Publication}) in SQL — the partial index {@code renovation_project_published} holds exactly those
 * rows. Columns are named one by one: nothing but the allow-listed facts leaves the database.
 */
@Repository
class NoticeBoardJdbcRepository implements NoticeBoard {

	/** {@code 'PLANNED', 'CONSTRUCTION_STARTED', …} in the order of the enum, as the partial index's predicate. */
	private static final String PUBLISHED = Publication.PUBLISHED.stream()
		.sorted(Comparator.naturalOrder())
		.map(status -> "'" + status.name() + "'")
		.collect(Collectors.joining(", "));

	/** A community's latest published project: the one its notice shows. */
	private static final String LATEST_PUBLISHED = """
			SELECT DISTINCT ON (community_id) id, community_id, community_name, district_code, street_code, status,
			       plan_year
			FROM renovation_project
			WHERE status IN (%s)
			""".formatted(PUBLISHED);

	private final JdbcClient jdbc;

	private final RenovationItemCatalogue catalogue;

	NoticeBoardJdbcRepository(JdbcClient jdbc, RenovationItemCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	@Override
	public Optional<Notice> notice(CommunityId community) {
		return jdbc.sql(LATEST_PUBLISHED + """
				  AND community_id = :community
				ORDER BY community_id, applied_at DESC, id
				""")
			.param("community", community.value())
			.query((rs, row) -> entry(rs))
			.optional()
			.map(entry -> jdbc.sql("""
					SELECT g.started_on, d.total_cost_fen,
					       (d.approved_at AT TIME ZONE 'Asia/Shanghai')::date AS design_approved_on,
					       (SELECT coalesce(array_agg(i.code ORDER BY i.position), '{}') FROM approved_design_item i
					        WHERE i.project_id = p.id) AS item_codes,
					       (SELECT coalesce(array_agg(i.name ORDER BY i.position), '{}') FROM approved_design_item i
					        WHERE i.project_id = p.id) AS item_names,
					       (SELECT coalesce(array_agg(i.item_class ORDER BY i.position), '{}') FROM approved_design_item i
					        WHERE i.project_id = p.id) AS item_classes,
					       (SELECT coalesce(array_agg(t.to_status ORDER BY t.sequence), '{}') FROM project_transition t
					        WHERE t.project_id = p.id AND t.to_status IN (%1$s)) AS reached,
					       (SELECT coalesce(array_agg((t.at AT TIME ZONE 'Asia/Shanghai')::date ORDER BY t.sequence), '{}')
					        FROM project_transition t WHERE t.project_id = p.id AND t.to_status IN (%1$s)) AS reached_on
					FROM renovation_project p
					LEFT JOIN construction_gate g ON g.project_id = p.id
					LEFT JOIN approved_design d ON d.project_id = p.id
					WHERE p.id = :project
					""".formatted(PUBLISHED))
				.param("project", entry.projectId())
				.query((rs, row) -> notice(entry.entry(), rs))
				.single());
	}

	@Override
	public List<NoticeEntry> search(NoticeSearch search) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new LinkedHashMap<>();
		if (search.text() != null) {
			where.append(" AND community_name ILIKE :text ESCAPE '\\'");
			params.put("text", "%" + search.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (search.district() != null) {
			where.append(" AND district_code = :district");
			params.put("district", search.district().value());
		}
		if (search.street() != null) {
			where.append(" AND street_code = :street");
			params.put("street", search.street().value());
		}
		StringBuilder after = new StringBuilder();
		if (search.after() != null) {
			after.append(" WHERE (community_name, community_id) > (:afterName, :afterId)");
			params.put("afterName", search.after().communityName());
			params.put("afterId", search.after().communityId().value());
		}
		params.put("limit", search.pageSize() + 1);
		return jdbc.sql("SELECT * FROM (" + LATEST_PUBLISHED + where
				+ " ORDER BY community_id, applied_at DESC, id) latest" + after
				+ " ORDER BY community_name, community_id LIMIT :limit")
			.params(params)
			.query((rs, row) -> entry(rs).entry())
			.list();
	}

	@Override
	public List<DistrictProgress> progress() {
		Map<String, Map<ProjectStatus, Integer>> byDistrict = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT district_code, status, count(*) AS projects FROM renovation_project
				WHERE status IN (%s) GROUP BY district_code, status ORDER BY district_code, status
				""".formatted(PUBLISHED))
			.query(rs -> {
				byDistrict.computeIfAbsent(rs.getString("district_code"), code -> new EnumMap<>(ProjectStatus.class))
					.put(ProjectStatus.valueOf(rs.getString("status")), rs.getInt("projects"));
			});
		List<DistrictProgress> progress = new ArrayList<>();
		byDistrict.forEach((district, counts) -> progress.add(new DistrictProgress(new DistrictCode(district), counts)));
		return progress;
	}

	private record Found(UUID projectId, NoticeEntry entry) {
	}

	private static Found entry(ResultSet rs) throws SQLException {
		return new Found(rs.getObject("id", UUID.class),
				new NoticeEntry(new CommunityId(rs.getObject("community_id", UUID.class)), rs.getString("community_name"),
						new DistrictCode(rs.getString("district_code")), new StreetCode(rs.getString("street_code")),
						ProjectStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("plan_year", Integer.class)));
	}

	private Notice notice(NoticeEntry entry, ResultSet rs) throws SQLException {
		NoticeDesign design = null;
		Date approvedOn = rs.getDate("design_approved_on");
		if (approvedOn != null) {
			String[] codes = strings(rs.getArray("item_codes"));
			String[] names = strings(rs.getArray("item_names"));
			String[] classes = strings(rs.getArray("item_classes"));
			List<NoticeItem> items = new ArrayList<>();
			for (int i = 0; i < codes.length; i++) {
				String code = codes[i];
				String name = names[i];
				items.add(new NoticeItem(code, catalogue.find(code).map(RenovationItem::name).orElse(name),
						classes[i] == null ? null : ItemClass.valueOf(classes[i])));
			}
			design = new NoticeDesign(approvedOn.toLocalDate(), rs.getLong("total_cost_fen"), items);
		}
		String[] reached = strings(rs.getArray("reached"));
		Date[] reachedOn = (Date[]) rs.getArray("reached_on").getArray();
		// a state reached more than once (planned, adjusted out, planned again) counts from its last time
		Map<ProjectStatus, Milestone> milestones = new LinkedHashMap<>();
		for (int i = 0; i < reached.length; i++) {
			ProjectStatus status = ProjectStatus.valueOf(reached[i]);
			milestones.remove(status);
			milestones.put(status, new Milestone(status, reachedOn[i].toLocalDate()));
		}
		Date started = rs.getDate("started_on");
		Milestone completed = milestones.get(ProjectStatus.CONSTRUCTION_COMPLETED);
		return new Notice(entry, List.copyOf(milestones.values()), design,
				started == null ? null : started.toLocalDate(), completed == null ? null : completed.on());
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

}
