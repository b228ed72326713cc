package cn.bjrenovation.democity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.bjrenovation.democity.Building.DangerousGrade;
import cn.bjrenovation.democity.Building.Elevator;
import cn.bjrenovation.democity.Building.Structure;
import cn.bjrenovation.democity.Community.ManagementStatus;
import cn.bjrenovation.democity.Community.OwnersOrganisation;
import cn.bjrenovation.democity.Community.PropertyRights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every check reads the CSV text back, as the importer will, not the generator's records. */
class DemoCityTest {

	private static final int LARGE = 20_000;

	private static final Divisions DIVISIONS = Divisions.load();

	private static Table communities;

	private static Table buildings;

	private static long generationMillis;

	@BeforeAll
	static void generateALargeCity() {
		long began = System.nanoTime();
		Survey survey = DemoCity.generate(LARGE, 2021);
		generationMillis = (System.nanoTime() - began) / 1_000_000;
		communities = Table.of(communitiesCsv(survey));
		buildings = Table.of(buildingsCsv(survey));
	}

	@Test
	void sameSizeAndSeedGiveTheSameFiles() {
		Survey first = DemoCity.generate(500, 7);
		Survey second = DemoCity.generate(500, 7);

		assertThat(communitiesCsv(second)).isEqualTo(communitiesCsv(first));
		assertThat(buildingsCsv(second)).isEqualTo(buildingsCsv(first));
	}

	@Test
	void anotherSeedGivesAnotherCity() {
		assertThat(buildingsCsv(DemoCity.generate(500, 8))).isNotEqualTo(buildingsCsv(DemoCity.generate(500, 7)));
	}

	@Test
	void headersAreTheSurveyImportTemplate() {
		assertThat(String.join(",", communities.header)).isEqualTo(
				"name,districtCode,streetCode,address,latitude,longitude,buildYear,propertyRights,managementStatus,"
						+ "buildingCount,floorArea,households,residents,aged60PlusPercent,historicDistrict,"
						+ "ownersOrganisation,propertyServiceAgreed,hotlineComplaints");
		assertThat(String.join(",", buildings.header)).isEqualTo(
				"streetCode,communityName,number,floors,units,buildYear,structure,floorArea,households,"
						+ "seismicReinforcementNeeded,energyRetrofitNeeded,elevator,dangerousGrade,simpleBuilding");
	}

	@Test
	void jinsongNorthCarriesThePlansFactsAtAnySize() {
		for (int size : new int[] { 1, 16, 300 }) {
			Survey survey = DemoCity.generate(size, 11);
			assertJinsongNorth(Table.of(communitiesCsv(survey)), Table.of(buildingsCsv(survey)));
		}
		assertJinsongNorth(communities, buildings);
	}

	private static void assertJinsongNorth(Table communities, Table buildings) {
		List<List<String>> jinsong = communities.rows.stream()
			.filter(row -> communities.get(row, "name").equals("劲松北社区"))
			.toList();
		assertThat(jinsong).hasSize(1);
		List<String> row = jinsong.get(0);
		assertThat(communities.get(row, "districtCode")).isEqualTo("110105");
		assertThat(communities.get(row, "streetCode")).isEqualTo("110105017");
		assertThat(communities.get(row, "address")).startsWith("北京市朝阳区劲松街道");
		assertThat(communities.get(row, "buildYear")).isEqualTo("1978");
		assertThat(communities.get(row, "buildingCount")).isEqualTo("43");
		assertThat(new BigDecimal(communities.get(row, "floorArea"))).isEqualByComparingTo("194000");
		List<List<String>> its = buildings.rows.stream()
			.filter(b -> buildings.get(b, "streetCode").equals("110105017")
					&& buildings.get(b, "communityName").equals("劲松北社区"))
			.toList();
		assertThat(its).hasSize(43);
		assertThat(its.stream().map(b -> new BigDecimal(buildings.get(b, "floorArea"))).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isLessThanOrEqualTo(new BigDecimal("194000"))
			.isGreaterThan(new BigDecimal("180000"));
	}

	@Test
	void everyDistrictHasCommunitiesAtAModestSize() {
		Table modest = Table.of(communitiesCsv(DemoCity.generate(100, 3)));

		assertThat(modest.column("districtCode").collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(DIVISIONS.districts().stream().map(Divisions.District::code).toList());
	}

	@Test
	void everyCommunityRowIsWellFormed() {
		assertThat(communities.rows).hasSize(LARGE);
		Map<String, String> districtOfStreet = new HashMap<>();
		DIVISIONS.districts()
			.forEach(d -> DIVISIONS.streetsOf(d.code()).forEach(s -> districtOfStreet.put(s.code(), d.code())));
		for (List<String> row : communities.rows) {
			Object where = row;
			assertThat(row).as("row %s", where).hasSize(communities.header.size());
			assertThat(districtOfStreet.get(communities.get(row, "streetCode"))).as("row %s", where)
				.isEqualTo(communities.get(row, "districtCode"));
			assertThat(communities.integer(row, "buildYear")).as("row %s", where).isBetween(1950, 1999);
			assertThat(communities.get(row, "propertyRights")).as("row %s", where).isIn(names(PropertyRights.class));
			assertThat(communities.get(row, "managementStatus")).as("row %s", where).isIn(names(ManagementStatus.class));
			assertThat(communities.get(row, "ownersOrganisation")).as("row %s", where).isIn(names(OwnersOrganisation.class));
			assertThat(communities.integer(row, "buildingCount")).as("row %s", where).isPositive();
			assertThat(communities.decimal(row, "floorArea").scale()).as("row %s", where).isLessThanOrEqualTo(2);
			assertThat(communities.decimal(row, "floorArea")).as("row %s", where).isPositive();
			assertThat(communities.integer(row, "households")).as("row %s", where).isPositive();
			assertThat(communities.integer(row, "residents")).as("row %s", where).isPositive();
			assertThat(communities.decimal(row, "aged60PlusPercent").scale()).as("row %s", where).isEqualTo(1);
			assertThat(communities.decimal(row, "aged60PlusPercent")).as("row %s", where)
				.isBetween(new BigDecimal("15"), new BigDecimal("45"));
			for (String flag : List.of("historicDistrict", "propertyServiceAgreed")) {
				assertThat(communities.get(row, flag)).as("row %s", where).isIn("true", "false");
			}
			assertThat(communities.integer(row, "hotlineComplaints")).as("row %s", where).isNotNegative();
		}
	}

	@Test
	void everyBuildingRowIsWellFormed() {
		for (List<String> row : buildings.rows) {
			Object where = row;
			assertThat(row).as("row %s", where).hasSize(buildings.header.size());
			assertThat(buildings.get(row, "number")).as("row %s", where).matches("[1-9][0-9]*号楼");
			assertThat(buildings.integer(row, "floors")).as("row %s", where).isPositive();
			assertThat(buildings.integer(row, "units")).as("row %s", where).isPositive();
			assertThat(buildings.integer(row, "buildYear")).as("row %s", where).isBetween(1900, 1999);
			assertThat(buildings.get(row, "structure")).as("row %s", where).isIn(names(Structure.class));
			assertThat(buildings.decimal(row, "floorArea").scale()).as("row %s", where).isLessThanOrEqualTo(2);
			assertThat(buildings.decimal(row, "floorArea")).as("row %s", where).isPositive();
			assertThat(buildings.integer(row, "households")).as("row %s", where).isPositive();
			assertThat(buildings.get(row, "elevator")).as("row %s", where).isIn(names(Elevator.class));
			assertThat(buildings.get(row, "dangerousGrade")).as("row %s", where).isIn("", "A", "B", "C", "D");
			for (String flag : List.of("seismicReinforcementNeeded", "energyRetrofitNeeded", "simpleBuilding")) {
				assertThat(buildings.get(row, flag)).as("row %s", where).isIn("true", "false");
			}
		}
	}

	@Test
	void buildingsAddUpWithinTheirCommunity() {
		Map<String, List<List<String>>> byCommunity = buildings.rows.stream()
			.collect(Collectors.groupingBy(row -> buildings.get(row, "streetCode") + "/" + buildings.get(row, "communityName")));
		Set<String> communityKeys = new HashSet<>();
		for (List<String> community : communities.rows) {
			String key = communities.get(community, "streetCode") + "/" + communities.get(community, "name");
			communityKeys.add(key);
			List<List<String>> its = byCommunity.getOrDefault(key, List.of());
			assertThat(its).as(key).hasSize(communities.integer(community, "buildingCount"));
			assertThat(its.stream().map(b -> buildings.decimal(b, "floorArea")).reduce(BigDecimal.ZERO, BigDecimal::add))
				.as(key)
				.isLessThanOrEqualTo(communities.decimal(community, "floorArea"));
			assertThat(its.stream().mapToInt(b -> buildings.integer(b, "households")).sum()).as(key)
				.isLessThanOrEqualTo(communities.integer(community, "households"));
			assertThat(its.stream().map(b -> buildings.get(b, "number")).distinct()).as(key).hasSameSizeAs(its);
		}
		Set<String> orphans = new HashSet<>(byCommunity.keySet());
		orphans.removeAll(communityKeys);
		assertThat(orphans).as("buildings without their community").isEmpty();
	}

	@Test
	void communityNamesAreUniqueWithinAStreet() {
		Set<String> seen = new HashSet<>();
		for (List<String> row : communities.rows) {
			assertThat(seen.add(communities.get(row, "streetCode") + "/" + communities.get(row, "name")))
				.as("%s appears twice in street %s", communities.get(row, "name"), communities.get(row, "streetCode"))
				.isTrue();
		}
	}

	@Test
	void namesComeFromTheStreetsResidentsCommittees() {
		for (List<String> row : communities.rows) {
			String name = communities.get(row, "name");
			assertThat(DIVISIONS.communityNamesOf(communities.get(row, "streetCode"))).as(name)
				.anyMatch(committee -> name.startsWith(committee));
		}
	}

	@Test
	void coordinatesLieInBeijing() {
		for (List<String> row : communities.rows) {
			assertThat(communities.decimal(row, "latitude")).as(row.toString())
				.isBetween(new BigDecimal("39.44"), new BigDecimal("41.06"));
			assertThat(communities.decimal(row, "longitude")).as(row.toString())
				.isBetween(new BigDecimal("115.42"), new BigDecimal("117.51"));
		}
	}

	@Test
	void distributionsLookLikeBeijingsOldCommunities() {
		int size = communities.rows.size();
		assertThat(share(communities, row -> communities.integer(row, "buildYear") >= 1980)).isBetween(0.6, 0.85);
		assertThat((double) buildings.rows.size() / size).isBetween(8.0, 12.0);
		Set<String> central = Set.of("110101", "110102", "110105", "110106", "110108");
		assertThat(share(communities, row -> central.contains(communities.get(row, "districtCode")))).isGreaterThan(0.6);
		assertThat(share(communities, row -> communities.get(row, "historicDistrict").equals("true")
				&& !Set.of("110101", "110102").contains(communities.get(row, "districtCode"))))
			.isLessThan(0.01);
		assertThat(share(communities, row -> communities.get(row, "historicDistrict").equals("true"))).isBetween(0.03, 0.15);
		for (List<String> row : communities.rows) {
			int households = communities.integer(row, "households");
			double areaPerHousehold = communities.decimal(row, "floorArea").doubleValue() / households;
			assertThat(areaPerHousehold).as(row.toString()).isBetween(59.0, 79.0);
			assertThat((double) communities.integer(row, "residents") / households).as(row.toString())
				.isBetween(2.4 - 0.5 / households, 2.9 + 0.5 / households);
		}
		assertThat(share(buildings, row -> Set.of("C", "D").contains(buildings.get(row, "dangerousGrade")))).isBetween(0.01, 0.06);
		assertThat(share(buildings, row -> buildings.get(row, "simpleBuilding").equals("true"))).isBetween(0.01, 0.08);
		buildings.rows.stream().filter(row -> buildings.get(row, "simpleBuilding").equals("true")).forEach(row -> {
			assertThat(buildings.integer(row, "floors")).as(row.toString()).isBetween(2, 3);
			assertThat(buildings.integer(row, "buildYear")).as(row.toString()).isLessThan(1976);
		});
		Table walkUps = buildings.where(row -> buildings.integer(row, "floors") >= 4 && buildings.integer(row, "floors") <= 6);
		assertThat(share(walkUps, row -> walkUps.get(row, "elevator").equals("NO_ELEVATOR"))).isBetween(0.6, 0.8);
		assertThat(walkUps.column("elevator").collect(Collectors.toSet())).contains("FEASIBLE", "ADDED");
		assertThat(buildings.where(row -> buildings.integer(row, "floors") >= 10).column("elevator").distinct())
			.containsExactly("EXISTING");
		assertThat(communities.column("propertyRights").collect(Collectors.toSet())).hasSize(PropertyRights.values().length);
		assertThat(communities.column("managementStatus").collect(Collectors.toSet())).hasSize(ManagementStatus.values().length);
	}

	@Test
	void largeCityIsGeneratedInAFewSeconds() {
		assertThat(generationMillis).as("generating %d communities", LARGE).isLessThan(5_000);
	}

	@Test
	void quotesFieldsThatHoldCommasOrQuotes() {
		Community odd = new Community("和平里\"七区\",北", "110101", "110101001", "北京市东城区\n某处", 39.9, 116.4, 1985,
				PropertyRights.MUNICIPAL, ManagementStatus.UNMANAGED, 1, new BigDecimal("100.50"), 1, 3,
				new BigDecimal("20.0"), false, OwnersOrganisation.NONE, false, 0);
		Building building = new Building("110101001", odd.name(), "1号楼", 2, 1, 1985, Structure.BRICK_WOOD,
				new BigDecimal("100.50"), 1, true, true, Elevator.NO_ELEVATOR, DangerousGrade.D, true);
		Survey survey = new Survey(List.of(odd), List.of(building));

		List<List<String>> communityRecords = Csv.parse(communitiesCsv(survey));
		List<List<String>> buildingRecords = Csv.parse(buildingsCsv(survey));

		assertThat(communityRecords.get(1).get(0)).isEqualTo("和平里\"七区\",北");
		assertThat(communityRecords.get(1).get(3)).isEqualTo("北京市东城区\n某处");
		assertThat(communityRecords.get(1)).hasSize(18);
		assertThat(buildingRecords.get(1)).containsExactly("110101001", "和平里\"七区\",北", "1号楼", "2", "1", "1985",
				"BRICK_WOOD", "100.50", "1", "true", "true", "NO_ELEVATOR", "D", "true");
	}

	@Test
	void refusesACityWithoutCommunities() {
		assertThatThrownBy(() -> DemoCity.generate(0, 1)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least 1");
	}

	@Test
	void committeesNameTheirCommunities() {
		assertThat(Divisions.communityName("劲松北社区居委会")).isEqualTo("劲松北社区");
		assertThat(Divisions.communityName("西大望路社区居民委员会")).isEqualTo("西大望路社区");
		assertThat(Divisions.communityName("六铺炕南小街居委会")).isEqualTo("六铺炕南小街社区");
		assertThat(Divisions.communityName("翠林一里社区")).isEqualTo("翠林一里社区");
		assertThat(Divisions.communityName("西铁营村")).isNull();
		assertThat(Divisions.communityName("东辛店村委会")).isNull();
	}

	private static double share(Table table, java.util.function.Predicate<List<String>> condition) {
		return (double) table.rows.stream().filter(condition).count() / table.rows.size();
	}

	private static <E extends Enum<E>> List<String> names(Class<E> type) {
		return EnumSet.allOf(type).stream().map(Enum::name).toList();
	}

	private static String communitiesCsv(Survey survey) {
		StringWriter out = new StringWriter();
		try {
			survey.writeCommunities(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String buildingsCsv(Survey survey) {
		StringWriter out = new StringWriter();
		try {
			survey.writeBuildings(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** A parsed CSV file: its header and its rows, read by column name. */
	private record Table(List<String> header, List<List<String>> rows, Map<String, Integer> columns) {

		static Table of(String csv) {
			List<List<String>> records = Csv.parse(csv);
			return of(records.get(0), records.subList(1, records.size()));
		}

		static Table of(List<String> header, List<List<String>> rows) {
			Map<String, Integer> columns = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				columns.put(header.get(i), i);
			}
			return new Table(header, rows, columns);
		}

		String get(List<String> row, String column) {
			Integer index = columns.get(column);
			if (index == null) {
				throw new IllegalArgumentException("no column " + column + " in " + header);
			}
			return row.get(index);
		}

		int integer(List<String> row, String column) {
			return Integer.parseInt(get(row, column));
		}

		BigDecimal decimal(List<String> row, String column) {
			return new BigDecimal(get(row, column));
		}

		Stream<String> column(String column) {
			return rows.stream().map(row -> get(row, column));
		}

		Table where(java.util.function.Predicate<List<String>> condition) {
			return of(header, new ArrayList<>(rows.stream().filter(condition).toList()));
		}

	}

}
