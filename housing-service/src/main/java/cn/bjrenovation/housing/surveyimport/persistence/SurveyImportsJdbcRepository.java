package cn.bjrenovation.housing.surveyimport.persistence;

import java.sql.Connection;
import java.sql.Timestamp;
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
import cn.bjrenovation.housing.community.domain.BuildingTotals;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.persistence.Actors;
import cn.bjrenovation.housing.persistence.CommunityRows;
import cn.bjrenovation.housing.surveyimport.domain.BuildingTarget;
import cn.bjrenovation.housing.surveyimport.domain.ImportKind;
import cn.bjrenovation.housing.surveyimport.domain.ImportReport;
import cn.bjrenovation.housing.surveyimport.domain.RowProblem;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImportId;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

@Repository
class SurveyImportsJdbcRepository implements SurveyImports {

	/** Any constant: the advisory lock imports take for their writes. */
	private static final long WRITE_LOCK = 0x5355_5256_4559L;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	SurveyImportsJdbcRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
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
	public void progress(UUID id, int processed, int imported, int alreadyPresent, List<RowProblem> problems) {
		jdbc.sql("""
				UPDATE survey_import SET processed_rows = processed_rows + :processed,
				  imported_rows = imported_rows + :imported, already_present_rows = already_present_rows + :present,
				  rejected_rows = rejected_rows + :rejected, progressed_at = now()
				WHERE id = :id
				""")
			.param("processed", processed)
			.param("imported", imported)
			.param("present", alreadyPresent)
			.param("rejected", (int) problems.stream().map(RowProblem::line).distinct().count())
			.param("id", id)
			.update();
		if (!problems.isEmpty()) {
			ProblemCopy.write(connection(), id, problems);
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

	@Override
	public Optional<ImportReport> find(SurveyImportId id) {
		List<RowProblem> problems = jdbc
			.sql("SELECT line, field, reason FROM survey_import_problem WHERE import_id = :id ORDER BY line, field")
			.param("id", id.value())
			.query((rs, row) -> new RowProblem(rs.getInt("line"), rs.getString("field"), rs.getString("reason")))
			.list();
		return jdbc.sql("SELECT * FROM survey_import WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> new ImportReport(id.value(), ImportKind.valueOf(rs.getString("kind")), rs.getString("status"),
					rs.getString("file_sha256"), rs.getString("submitted_by"), rs.getString("scope_district"),
					rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("imported_rows"),
					rs.getInt("already_present_rows"), rs.getInt("rejected_rows"), rs.getString("failure"),
					rs.getTimestamp("submitted_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant).orElse(null),
					problems))
			.optional();
	}

	@Override
	public void lockForWriting() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", WRITE_LOCK).query().singleRow();
	}

	@Override
	public Set<String> registeredNames(Collection<String> streetCodes) {
		Set<String> names = new HashSet<>();
		jdbc.sql("SELECT street_code, name FROM community WHERE street_code = ANY(CAST(:streets AS bpchar[]))")
			.param("streets", streetCodes.toArray(String[]::new))
			.query(rs -> {
				names.add(SurveyImports.key(rs.getString("street_code"), rs.getString("name")));
			});
		return names;
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
		List<String> streets = new java.util.ArrayList<>();
		List<String> names = new java.util.ArrayList<>();
		for (String key : communityKeys) {
			int bar = key.indexOf('|');
			streets.add(key.substring(0, bar));
			names.add(key.substring(bar + 1));
		}
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

	private Connection connection() {
		return DataSourceUtils.getConnection(dataSource);
	}


}
