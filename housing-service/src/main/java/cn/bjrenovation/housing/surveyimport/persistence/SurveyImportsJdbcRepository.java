package cn.bjrenovation.housing.surveyimport.persistence;

import java.sql.Connection;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.DangerousGrade;
import cn.bjrenovation.housing.community.domain.Elevator;
import cn.bjrenovation.housing.community.domain.Structure;
import cn.bjrenovation.housing.community.domain.BuildingTotals;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.persistence.Actors;
import cn.bjrenovation.housing.persistence.CommunityRows;
import cn.bjrenovation.housing.surveyimport.domain.BuildingTarget;
import cn.bjrenovation.housing.surveyimport.domain.ChunkOutcome;
import cn.bjrenovation.housing.surveyimport.domain.ImportKind;
import cn.bjrenovation.housing.surveyimport.domain.ImportReport;
import cn.bjrenovation.housing.surveyimport.domain.RowProblem;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImportId;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class SurveyImportsJdbcRepository implements SurveyImports {

	/** Any constant: the advisory lock imports take for their writes. */
	private static final long WRITE_LOCK = 0x5355_5256_4559L;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	/** Reads an import and its listed rows in one snapshot. */
	private final TransactionTemplate snapshot;

	SurveyImportsJdbcRepository(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	@Override
	public void start(ImportReport r) {
		jdbc.sql("""
				INSERT INTO survey_import (id, kind, file_sha256, submitted_by, scope_district, status, total_rows)
				VALUES (:id, :kind, :sha, :by, :district, :status, :total)
				""")
			.param("id", r.id())
			.param("kind", r.kind().name())
			.param("sha", r.fileSha256())
			.param("by", r.submittedBy())
			.param("district", r.scopeDistrict())
			.param("status", r.status())
			.param("total", r.totalRows())
			.update();
	}

	@Override
	public void progress(UUID id, ChunkOutcome outcome) {
		jdbc.sql("""
				UPDATE survey_import SET processed_rows = processed_rows + :processed,
				  imported_rows = imported_rows + :imported, already_present_rows = already_present_rows + :present,
				  changed_rows = changed_rows + :changed, rejected_rows = rejected_rows + :rejected, progressed_at = now()
				WHERE id = :id
				""")
			.param("processed", outcome.processed())
			.param("imported", outcome.imported())
			.param("present", outcome.alreadyPresent())
			.param("changed", outcome.changedRows())
			.param("rejected", outcome.rejectedRows())
			.param("id", id)
			.update();
		if (!outcome.problems().isEmpty() || !outcome.changes().isEmpty()) {
			ProblemCopy.write(connection(), id, outcome.problems(), outcome.changes());
		}
	}

	@Override
	public void finish(UUID id, String status, String failure) {
		jdbc.sql("UPDATE survey_import SET status = :status, failure = :failure, finished_at = now() WHERE id = :id")
			.param("status", status)
			.param("failure", failure)
			.param("id", id)
			.update();
	}

	@Override
	public int abandonStalled(String failure) {
		return jdbc.sql("UPDATE survey_import SET status = 'FAILED', failure = :failure, finished_at = now() "
				+ "WHERE status = 'RUNNING' AND progressed_at < now() - interval '5 minutes'").param("failure", failure).update();
	}

	/**
	 * Both reads in one snapshot (REPEATABLE READ): a chunk commits its counts and its problems together, and the
	 * import is finished only after its last chunk, so what is read here always agrees with itself.
	 */
	@Override
	public Optional<ImportReport> find(SurveyImportId id) {
		return snapshot.execute(tx -> {
			List<RowProblem> problems = new ArrayList<>();
			List<RowProblem> changes = new ArrayList<>();
			Optional<ImportReport> report = jdbc.sql("SELECT * FROM survey_import WHERE id = :id")
				.param("id", id.value())
				.query((rs, row) -> new ImportReport(id.value(), ImportKind.valueOf(rs.getString("kind")),
						rs.getString("status"), rs.getString("file_sha256"), rs.getString("submitted_by"),
						rs.getString("scope_district"), rs.getInt("total_rows"), rs.getInt("processed_rows"),
						rs.getInt("imported_rows"), rs.getInt("already_present_rows"), rs.getInt("changed_rows"),
						rs.getInt("rejected_rows"), rs.getString("failure"), rs.getTimestamp("submitted_at").toInstant(),
						Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant).orElse(null),
						problems, changes))
				.optional();
			if (report.isPresent()) {
				jdbc.sql("""
						SELECT line, field, reason, kind FROM survey_import_problem WHERE import_id = :id
						ORDER BY line, field, reason
						""")
					.param("id", id.value())
					.query(rs -> {
						RowProblem entry = new RowProblem(rs.getInt("line"), rs.getString("field"), rs.getString("reason"));
						(ProblemCopy.CHANGED.equals(rs.getString("kind")) ? changes : problems).add(entry);
					});
			}
			return report;
		});
	}

	@Override
	public void lockForWriting() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", WRITE_LOCK).query().singleRow();
	}

	/**
	 * Finds the keys by their streets first, as plain filters on indexed columns: a join on the wanted keys can be
	 * planned as a nested loop over a table whose statistics still say it is empty while an import fills it.
	 */
	@Override
	public Map<String, Community> registeredCommunities(Collection<String> communityKeys) {
		Map<String, Community> registered = new HashMap<>();
		if (communityKeys.isEmpty()) {
			return registered;
		}
		Set<String> wanted = new HashSet<>(communityKeys);
		Set<String> streets = new HashSet<>();
		communityKeys.forEach(key -> streets.add(key.substring(0, key.indexOf('|'))));
		List<UUID> ids = new ArrayList<>();
		jdbc.sql("SELECT id, street_code, name FROM community WHERE street_code = ANY(CAST(:streets AS bpchar[]))")
			.param("streets", streets.toArray(String[]::new))
			.query(rs -> {
				if (wanted.contains(SurveyImports.key(rs.getString("street_code"), rs.getString("name")))) {
					ids.add(rs.getObject("id", UUID.class));
				}
			});
		if (ids.isEmpty()) {
			return registered;
		}
		jdbc.sql("SELECT " + CommunityRows.COLUMNS + " FROM community c WHERE c.id = ANY(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(rs -> {
				Community community = CommunityRows.read(rs, 0);
				registered.put(SurveyImports.key(community.streetCode(), community.name()), community);
			});
		return registered;
	}

	@Override
	public Map<String, Building> registeredBuildings(List<CommunityId> communities, List<String> numbers) {
		Map<String, Building> registered = new HashMap<>();
		if (communities.isEmpty()) {
			return registered;
		}
		Set<String> wanted = new HashSet<>();
		for (int i = 0; i < communities.size(); i++) {
			wanted.add(SurveyImports.key(communities.get(i), numbers.get(i)));
		}
		jdbc.sql("""
				SELECT b.id, b.community_id, b.number, b.floors, b.units, b.build_year, b.structure, b.floor_area,
				  b.households, b.seismic_reinforcement_needed, b.energy_retrofit_needed, b.elevator, b.dangerous_grade,
				  b.simple_building, b.retired_at IS NOT NULL AS retired, b.version
				FROM building b
				WHERE b.community_id = ANY(:communities) AND b.number = ANY(:numbers)
				""")
			.param("communities", communities.stream().map(CommunityId::value).distinct().toArray(UUID[]::new))
			.param("numbers", numbers.stream().distinct().toArray(String[]::new))
			.query(rs -> {
				Building building = new Building(new BuildingId(rs.getObject("id", UUID.class)),
						new CommunityId(rs.getObject("community_id", UUID.class)), rs.getString("number"),
						rs.getInt("floors"), rs.getInt("units"), rs.getInt("build_year"),
						Structure.valueOf(rs.getString("structure")), rs.getBigDecimal("floor_area"),
						rs.getInt("households"), rs.getBoolean("seismic_reinforcement_needed"),
						rs.getBoolean("energy_retrofit_needed"), Elevator.valueOf(rs.getString("elevator")),
						rs.getString("dangerous_grade") == null ? null : DangerousGrade.valueOf(rs.getString("dangerous_grade")),
						rs.getBoolean("simple_building"), rs.getBoolean("retired"), rs.getLong("version"));
				String key = SurveyImports.key(building.communityId(), building.number());
				if (wanted.contains(key)) {
					registered.put(key, building);
				}
			});
		return registered;
	}

	@Override
	public void copyCommunities(List<Community> communities, UUID importId, String actor) {
		if (communities.isEmpty()) {
			return;
		}
		Actors.name(jdbc, actor);
		CommunityCopy.write(connection(), communities, importId);
	}

	@Override
	public Map<String, BuildingTarget> buildingTargets(Collection<String> communityKeys) {
		List<String> streets = new ArrayList<>();
		List<String> names = new ArrayList<>();
		split(communityKeys, streets, names);
		Map<String, BuildingTarget> targets = new HashMap<>();
		jdbc.sql("SELECT " + CommunityRows.COLUMNS + """
				, coalesce(b.n, 0) AS buildings, coalesce(b.area, 0) AS building_area,
				  coalesce(b.households, 0) AS building_households, coalesce(b.numbers, '{}') AS numbers
				FROM community c
				JOIN (SELECT unnest(CAST(:streets AS bpchar[])) AS street_code, unnest(CAST(:names AS text[])) AS name) wanted
				  ON wanted.street_code = c.street_code AND wanted.name = c.name
				LEFT JOIN LATERAL (
				  SELECT count(*) FILTER (WHERE retired_at IS NULL) AS n,
				    sum(floor_area) FILTER (WHERE retired_at IS NULL) AS area,
				    sum(households) FILTER (WHERE retired_at IS NULL) AS households, array_agg(number) AS numbers
				  FROM building WHERE community_id = c.id) b ON true
				""")
			.param("streets", streets.toArray(String[]::new))
			.param("names", names.toArray(String[]::new))
			.query(rs -> {
				Community community = CommunityRows.read(rs, 0);
				Set<String> numbers = new HashSet<>(Arrays.asList((String[]) rs.getArray("numbers").getArray()));
				targets.put(SurveyImports.key(community.streetCode(), community.name()),
						new BuildingTarget(community, new BuildingTotals(rs.getInt("buildings"),
								rs.getBigDecimal("building_area"), rs.getLong("building_households")), numbers));
			});
		return targets;
	}

	@Override
	public void copyBuildings(List<Building> buildings, Function<CommunityId, String> districtOf) {
		if (!buildings.isEmpty()) {
			BuildingCopy.write(connection(), buildings, districtOf);
		}
	}

	private static void split(Collection<String> communityKeys, List<String> streets, List<String> names) {
		for (String key : communityKeys) {
			int bar = key.indexOf('|');
			streets.add(key.substring(0, bar));
			names.add(key.substring(bar + 1));
		}
	}

	private Connection connection() {
		return DataSourceUtils.getConnection(dataSource);
	}


}
