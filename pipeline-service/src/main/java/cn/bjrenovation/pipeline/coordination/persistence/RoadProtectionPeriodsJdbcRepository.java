package cn.bjrenovation.pipeline.coordination.persistence;

import java.util.Map;
import java.util.stream.Collectors;

import cn.bjrenovation.pipeline.coordination.domain.ProtectionPeriods;
import cn.bjrenovation.pipeline.coordination.domain.RoadWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The protection periods from {@code road_protection_period}, read once when first asked. */
@Repository
class RoadProtectionPeriodsJdbcRepository implements ProtectionPeriods {

	private record Period(int years, String clause) {
	}

	private final JdbcClient jdbc;

	private volatile Map<RoadWork, Period> periods;

	RoadProtectionPeriodsJdbcRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int years(RoadWork roadWork) {
		return period(roadWork).years();
	}

	@Override
	public String clause(RoadWork roadWork) {
		return period(roadWork).clause();
	}

	private Period period(RoadWork roadWork) {
		if (periods == null) {
			periods = jdbc.sql("SELECT road_work, years, clause FROM road_protection_period")
				.query((rs, n) -> Map.entry(RoadWork.valueOf(rs.getString("road_work")),
						new Period(rs.getInt("years"), rs.getString("clause"))))
				.list()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
		}
		Period period = periods.get(roadWork);
		if (period == null) {
			throw new IllegalStateException("road_protection_period has no row for " + roadWork);
		}
		return period;
	}

}
