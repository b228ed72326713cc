package cn.bjrenovation.housing.surveyimport.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.housing.surveyimport.domain.SurveyRow;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * Reads building rows: each must name a registered community (street code and name) in the caller's reach,
 * carry a number new to that community, and keep the community's building totals within its survey.
 */
final class BuildingRowsImport implements RowsImport<Building> {

	private final SurveyImports imports;

	private final Reach reach;

	/** Totals and numbers including the rows accepted so far in this file, by community key. */
	private final Map<String, BuildingTotals> totals = new HashMap<>();

	private final Map<String, Set<String>> numbers = new HashMap<>();

	/**
	 * The communities this file's buildings go into, read once per community: the import holds the write lock
	 * chunk by chunk, and the totals and numbers above carry what this file added since.
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
			Set<String> known = numbers.computeIfAbsent(key, k -> new HashSet<>(target.numbers()));
			if (known.contains(building.number())) {
				alreadyPresent++;
				continue;
			}
			BuildingTotals after = totals.getOrDefault(key, target.totals()).plus(building);
			after.checkCoveredBy(target.community().survey(), check, "number", "floorArea", "households");
			if (check.ok()) {
				known.add(building.number());
				totals.put(key, after);
				accepted.add(building);
			}
		}
		return new Accepted<>(accepted, alreadyPresent);
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

	private static BuildingFacts facts(SurveyRow r) {
		return new BuildingFacts(r.text("number"), r.integer("floors"), r.integer("units"), r.integer("buildYear"),
				r.text("structure"), r.decimal("floorArea"), r.integer("households"),
				r.flag("seismicReinforcementNeeded"), r.flag("energyRetrofitNeeded"), r.text("elevator"),
				r.text("dangerousGrade"), r.flag("simpleBuilding"));
	}

}
