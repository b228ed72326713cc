package cn.bjrenovation.housing.surveyimport.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingFacts;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.BuildingTotals;
import cn.bjrenovation.housing.community.domain.PropertyRights;
import cn.bjrenovation.housing.surveyimport.domain.BuildingTarget;
import cn.bjrenovation.housing.surveyimport.domain.Differences;
import cn.bjrenovation.housing.surveyimport.domain.Differences.Difference;
import cn.bjrenovation.housing.surveyimport.domain.RowProblem;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.housing.surveyimport.domain.SurveyRow;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * Reads building rows: each must name a registered community (street code and name) in the caller's reach,
 * carry a number new to that community, and keep the community's building totals within its survey. The same
 * building (community and number) again is already present when identical, refused when it differs from an
 * earlier line, and reported as a change when it differs from the registered one.
 */
final class BuildingRowsImport implements RowsImport<Building> {

	private final SurveyImports imports;

	private final Reach reach;

	/** Totals including the rows accepted so far in this file, by community key. */
	private final Map<String, BuildingTotals> totals = new HashMap<>();

	/**
	 * The first row of each building met so far in this file that passed its checks, by community id and number:
	 * a later row of the same building is compared with it.
	 */
	private final Map<String, SurveyRow> firstRows = new HashMap<>();

	/**
	 * The communities this file's buildings go into, read once per community: the import holds the write lock
	 * chunk by chunk, and the totals and first rows above carry what this file added since.
	 */
	private final Map<String, BuildingTarget> targets = new HashMap<>();

	/**
	 * The district of each community met so far, read by the writer thread while this thread checks the next
	 * chunk: a concurrent map, since it grows meanwhile.
	 */
	private final Map<CommunityId, String> districts = new ConcurrentHashMap<>();

	BuildingRowsImport(SurveyImports imports, Reach reach) {
		this.imports = imports;
		this.reach = reach;
	}

	/**
	 * Checks every row; a building its community already has is compared with the registered one, all of the
	 * chunk's in one query.
	 */
	@Override
	public Accepted<Building> accept(List<SurveyRow> rows, Instant now) {
		Set<String> unseen = new TreeSet<>();
		rows.forEach(row -> {
			String key = SurveyImports.key(row.text("streetCode"), row.text("communityName"));
			if (!targets.containsKey(key)) {
				unseen.add(key);
			}
		});
		if (!unseen.isEmpty()) {
			targets.putAll(imports.buildingTargets(unseen));
		}
		List<Building> accepted = new ArrayList<>();
		List<Registered> registered = new ArrayList<>();
		int alreadyPresent = 0;
		for (SurveyRow row : rows) {
			FieldCheck check = row.check();
			String key = SurveyImports.key(row.text("streetCode"), row.text("communityName"));
			BuildingTarget target = targets.get(key);
			check.present(row.text("streetCode"), "streetCode").present(row.text("communityName"), "communityName");
			if (target == null) {
				check.require(row.text("streetCode") == null || row.text("communityName") == null, "communityName",
						"no community '" + row.text("communityName") + "' on street " + row.text("streetCode")
								+ "; import the communities first");
				facts(row);
				continue;
			}
			reach.whyNot(target.community().place())
				.ifPresent(why -> check.require(false, field(target.community().survey().propertyRights()),
						"the importer may import only its own buildings: " + why));
			check.require(!target.community().retired(), "communityName", "the community is retired");
			districts.put(target.community().id(), target.community().districtCode());
			Building building = Building.check(BuildingId.newId(), target.community().id(), facts(row), check);
			if (building == null || !check.ok()) {
				continue;
			}
			String buildingKey = SurveyImports.key(building.communityId(), building.number());
			SurveyRow first = firstRows.putIfAbsent(buildingKey, row);
			if (first != null) {
				Building earlier = Building.check(building.id(), building.communityId(), facts(first), new FieldCheck());
				List<Difference> differences = Differences.between(earlier, building);
				check.require(differences.isEmpty(), "number", "the same building as line " + first.line()
						+ " with different data (" + Differences.fields(differences) + ")");
				alreadyPresent += differences.isEmpty() ? 1 : 0;
				continue;
			}
			if (target.numbers().contains(building.number())) {
				registered.add(new Registered(row.line(), building));
				continue;
			}
			BuildingTotals after = totals.getOrDefault(key, target.totals()).plus(building);
			after.checkCoveredBy(target.community().survey(), check, "number", "floorArea", "households");
			if (check.ok()) {
				totals.put(key, after);
				accepted.add(building);
			}
			else {
				firstRows.remove(buildingKey);
			}
		}
		List<RowProblem> changes = new ArrayList<>();
		alreadyPresent += compareWithRegistered(registered, changes);
		return new Accepted<>(accepted, alreadyPresent, changes);
	}

	/**
	 * Compares the rows of buildings already registered with what is registered, in one query; adds the changed
	 * rows' differences to {@code changes}.
	 * @return how many rows are identical to the registered building (already present)
	 */
	private int compareWithRegistered(List<Registered> rows, List<RowProblem> changes) {
		if (rows.isEmpty()) {
			return 0;
		}
		Map<String, Building> known = imports.registeredBuildings(
				rows.stream().map(r -> r.building().communityId()).toList(),
				rows.stream().map(r -> r.building().number()).toList());
		int alreadyPresent = 0;
		for (Registered row : rows) {
			Building building = row.building();
			Building registered = known.get(SurveyImports.key(building.communityId(), building.number()));
			List<Difference> differences = registered == null ? List.of() : Differences.between(registered, building);
			if (differences.isEmpty()) {
				alreadyPresent++;
			}
			differences.forEach(d -> changes.add(new RowProblem(row.line(), d.field(), "registered " + d.earlier()
					+ ", this file " + d.row() + " — " + howToChange(registered))));
		}
		return alreadyPresent;
	}

	/** A changed row is reported, not applied: a correction is made deliberately, with the version read. */
	private static String howToChange(Building registered) {
		if (registered.retired()) {
			return "differs from the registered building, which is retired; a retired building is not corrected";
		}
		return "differs from the registered building; correct it with PUT /api/housing/communities/"
				+ registered.communityId() + "/buildings/" + registered.id() + " (version " + registered.version() + ")";
	}

	@Override
	public void write(List<Building> accepted, UUID importId) {
		imports.copyBuildings(accepted, districts::get);
	}

	/** The column that puts the row outside the reach: its community's property rights when the grant holds them. */
	private String field(PropertyRights rights) {
		boolean rightsRefused = reach.condition(PropertyRights.FACT)
			.filter(allowed -> !allowed.contains(rights.name()))
			.isPresent();
		return rightsRefused ? PropertyRights.FACT : "streetCode";
	}

	/** A row naming a building its community already has. */
	private record Registered(int line, Building building) {
	}

	private static BuildingFacts facts(SurveyRow r) {
		return new BuildingFacts(r.text("number"), r.integer("floors"), r.integer("units"), r.integer("buildYear"),
				r.text("structure"), r.decimal("floorArea"), r.integer("households"),
				r.flag("seismicReinforcementNeeded"), r.flag("energyRetrofitNeeded"), r.text("elevator"),
				r.text("dangerousGrade"), r.flag("simpleBuilding"));
	}

}
