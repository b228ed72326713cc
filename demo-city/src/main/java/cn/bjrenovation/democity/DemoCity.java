package cn.bjrenovation.democity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import cn.bjrenovation.democity.Building.DangerousGrade;
import cn.bjrenovation.democity.Building.Elevator;
import cn.bjrenovation.democity.Building.Structure;
import cn.bjrenovation.democity.Community.ManagementStatus;
import cn.bjrenovation.democity.Community.OwnersOrganisation;
import cn.bjrenovation.democity.Community.PropertyRights;
import cn.bjrenovation.democity.Divisions.District;
import cn.bjrenovation.democity.Divisions.Street;

/**
 * A plausible, generated survey of Beijing's old communities (老旧小区) for demos and benchmarks: real
 * districts, streets and residents' committees; invented communities and buildings whose mix of build years,
 * property rights, management, elevators and dangerous grades resembles what the plan describes. The same
 * size and seed always give the same survey.
 *
 * <p>It always holds 劲松北社区 with the plan's facts (A1-4, the Jinsong model): 朝阳区劲松街道, built 1978,
 * 43 buildings, 194,000 m².
 *
 * <p>Every row passes the importer's consistency rules: a community lists exactly {@code buildingCount}
 * buildings, whose floor areas and households sum to no more than the community's; every build year is in
 * 1900..1999; building numbers are unique within a community and community names within a street.
 */
public final class DemoCity {

	public static final String JINSONG_NORTH = "劲松北社区";

	public static final String JINSONG_DISTRICT = "110105";

	public static final String JINSONG_STREET = "110105017";

	public static final int JINSONG_BUILD_YEAR = 1978;

	public static final int JINSONG_BUILDINGS = 43;

	public static final BigDecimal JINSONG_FLOOR_AREA = new BigDecimal("194000.00");

	/** 劲松北社区 by 东三环 at 劲松桥. */
	private static final double[] JINSONG_LOCATION = { 39.8836, 116.4618 };

	/**
	 * Share of the city's old communities (weight), and where a district's old housing lies: its urban centre
	 * and the half-extent of a box, in degrees, that stays inside the district. Old communities crowd the
	 * central districts; the outer ones have theirs around the district seat.
	 */
	private record DistrictProfile(double weight, double latitude, double longitude, double latitudeSpread,
			double longitudeSpread, boolean core) {
	}

	private static final Map<String, DistrictProfile> PROFILES = Map.ofEntries(
			Map.entry("110101", new DistrictProfile(9, 39.915, 116.414, 0.035, 0.020, true)),    // 东城
			Map.entry("110102", new DistrictProfile(11, 39.905, 116.360, 0.035, 0.020, true)),   // 西城
			Map.entry("110105", new DistrictProfile(20, 39.955, 116.495, 0.080, 0.060, false)),  // 朝阳
			Map.entry("110106", new DistrictProfile(12, 39.855, 116.320, 0.025, 0.090, false)),  // 丰台
			Map.entry("110107", new DistrictProfile(5, 39.910, 116.205, 0.020, 0.035, false)),   // 石景山
			Map.entry("110108", new DistrictProfile(15, 39.975, 116.305, 0.045, 0.045, false)),  // 海淀
			Map.entry("110109", new DistrictProfile(2.5, 39.935, 116.100, 0.015, 0.025, false)), // 门头沟
			Map.entry("110111", new DistrictProfile(4, 39.725, 116.100, 0.030, 0.070, false)),   // 房山
			Map.entry("110112", new DistrictProfile(4, 39.905, 116.660, 0.035, 0.040, false)),   // 通州
			Map.entry("110113", new DistrictProfile(3, 40.130, 116.655, 0.030, 0.040, false)),   // 顺义
			Map.entry("110114", new DistrictProfile(4, 40.175, 116.270, 0.060, 0.070, false)),   // 昌平
			Map.entry("110115", new DistrictProfile(4, 39.740, 116.340, 0.035, 0.050, false)),   // 大兴
			Map.entry("110116", new DistrictProfile(1.5, 40.320, 116.635, 0.020, 0.030, false)), // 怀柔
			Map.entry("110117", new DistrictProfile(1.5, 40.140, 117.120, 0.020, 0.030, false)), // 平谷
			Map.entry("110118", new DistrictProfile(2, 40.375, 116.845, 0.020, 0.030, false)),   // 密云
			Map.entry("110119", new DistrictProfile(1.5, 40.460, 115.975, 0.020, 0.030, false))); // 延庆

	private static final String[] NAME_SUFFIXES = { "东区", "西区", "南区", "北区" };

	private final Divisions divisions;

	private final SplittableRandom random;

	private final List<Community> communities;

	private final List<Building> buildings;

	private DemoCity(Divisions divisions, int size, long seed) {
		this.divisions = divisions;
		this.random = new SplittableRandom(seed);
		this.communities = new ArrayList<>(size);
		this.buildings = new ArrayList<>(size * 11);
	}

	/**
	 * A survey of {@code size} communities (about ten buildings each), the same for the same size and seed.
	 * @param size at least 1: 劲松北社区 is always there
	 */
	public static Survey generate(int size, long seed) {
		return generate(Divisions.load(), size, seed);
	}

	static Survey generate(Divisions divisions, int size, long seed) {
		if (size < 1) {
			throw new IllegalArgumentException("a demo city needs at least 1 community, not " + size);
		}
		DemoCity city = new DemoCity(divisions, size, seed);
		city.populate(size);
		return new Survey(city.communities, city.buildings);
	}

	private void populate(int size) {
		List<District> districts = divisions.districts();
		int[] quotas = apportion(size - 1, districts);
		for (int d = 0; d < districts.size(); d++) {
			District district = districts.get(d);
			DistrictProfile profile = profile(district);
			boolean holdsJinsong = district.code().equals(JINSONG_DISTRICT);
			List<Street> streets = urbanStreets(district);
			int[] perStreet = spread(quotas[d], streets);
			for (int s = 0; s < streets.size(); s++) {
				Street street = streets.get(s);
				StreetNames names = new StreetNames(divisions.communityNamesOf(street.code()), random);
				double[] anchor = anchor(street, profile);
				if (holdsJinsong && street.code().equals(JINSONG_STREET)) {
					names.reserve(JINSONG_NORTH);
					addJinsongNorth(district, street, profile);
				}
				for (int i = 0; i < perStreet[s]; i++) {
					addCommunity(district, street, names.next(), anchor, profile);
				}
			}
		}
	}

	/** Splits {@code n} communities over the districts by weight, each district getting one first when n allows. */
	private static int[] apportion(int n, List<District> districts) {
		int[] quotas = new int[districts.size()];
		int left = n;
		if (n >= districts.size()) {
			Arrays.fill(quotas, 1);
			left -= districts.size();
		}
		double total = districts.stream().mapToDouble(district -> profile(district).weight()).sum();
		double[] remainders = new double[districts.size()];
		int given = 0;
		for (int d = 0; d < districts.size(); d++) {
			double exact = left * profile(districts.get(d)).weight() / total;
			quotas[d] += (int) exact;
			given += (int) exact;
			remainders[d] = exact - (int) exact;
		}
		for (; given < left; given++) {
			int largest = 0;
			for (int d = 1; d < remainders.length; d++) {
				largest = remainders[d] > remainders[largest] ? d : largest;
			}
			quotas[largest]++;
			remainders[largest] = -1;
		}
		return quotas;
	}

	/** Streets and townships with urban residents' committees; villages have no old communities to name. */
	private List<Street> urbanStreets(District district) {
		List<Street> streets = divisions.streetsOf(district.code())
			.stream()
			.filter(street -> !divisions.communityNamesOf(street.code()).isEmpty())
			.toList();
		if (streets.isEmpty()) {
			throw new IllegalStateException("no street of " + district.name() + " has a residents' committee");
		}
		return streets;
	}

	/** Draws each community's street, weighted by the street's residents' committees (a stand-in for its population). */
	private int[] spread(int count, List<Street> streets) {
		double[] cumulative = new double[streets.size()];
		double total = 0;
		for (int s = 0; s < streets.size(); s++) {
			total += divisions.communityNamesOf(streets.get(s).code()).size();
			cumulative[s] = total;
		}
		int[] perStreet = new int[streets.size()];
		for (int i = 0; i < count; i++) {
			double r = random.nextDouble(total);
			int s = Arrays.binarySearch(cumulative, r);
			perStreet[s >= 0 ? Math.min(s + 1, streets.size() - 1) : -s - 1]++;
		}
		return perStreet;
	}

	private void addCommunity(District district, Street street, String name, double[] anchor, DistrictProfile profile) {
		int year = buildYear(profile);
		List<Building> drawn = buildings(street.code(), name, year, buildingCount());
		long buildingsArea = drawn.stream().mapToLong(DemoCity::centiSquareMetres).sum();
		// shops, boiler houses and the like: floor area that is the community's but no residential building's
		long area = buildingsArea + Math.round(buildingsArea * random.nextDouble(0.04));
		PropertyRights rights = propertyRights(year, district, profile);
		double latitude = clamp(anchor[0] + random.nextGaussian() * 0.3 * profile.latitudeSpread(),
				profile.latitude(), profile.latitudeSpread());
		double longitude = clamp(anchor[1] + random.nextGaussian() * 0.3 * profile.longitudeSpread(),
				profile.longitude(), profile.longitudeSpread());
		add(district, street, name, latitude, longitude, year, rights, managementStatus(rights), drawn, area, profile);
	}

	/** The plan's example (A1-4): facts from the plan, the rest drawn like any other community's. */
	private void addJinsongNorth(District district, Street street, DistrictProfile profile) {
		List<Building> drawn = buildings(street.code(), JINSONG_NORTH, JINSONG_BUILD_YEAR, JINSONG_BUILDINGS);
		long target = JINSONG_FLOOR_AREA.movePointRight(2).longValueExact();
		long drawnArea = drawn.stream().mapToLong(DemoCity::centiSquareMetres).sum();
		double factor = target * random.nextDouble(0.95, 0.99) / drawnArea;
		List<Building> scaled = new ArrayList<>(drawn.size());
		for (Building b : drawn) {
			long area = (long) Math.floor(centiSquareMetres(b) * factor);
			scaled.add(new Building(b.streetCode(), b.communityName(), b.number(), b.floors(),
					Math.max(1, (int) Math.round(b.units() * factor)), b.buildYear(), b.structure(),
					BigDecimal.valueOf(area, 2), Math.max(1, (int) Math.round(b.households() * factor)),
					b.seismicReinforcementNeeded(), b.energyRetrofitNeeded(), b.elevator(), b.dangerousGrade(),
					b.simpleBuilding()));
		}
		// 房改房 sold to residents, managed by a property company since the social-capital renovation
		add(district, street, JINSONG_NORTH, JINSONG_LOCATION[0], JINSONG_LOCATION[1], JINSONG_BUILD_YEAR,
				PropertyRights.MULTIPLE_OWNERS, ManagementStatus.MARKET_PROPERTY_COMPANY, scaled, target, profile);
		// the Jinsong model (A1-4): a property-management committee and a property company (愿景) with its service
		// standard since 2018, so the project the demo takes into the 2026 plan meets the reserve pool's entry rule
		Community drawnJinsong = communities.remove(communities.size() - 1);
		communities.add(new Community(drawnJinsong.name(), drawnJinsong.districtCode(), drawnJinsong.streetCode(),
				drawnJinsong.address(), drawnJinsong.latitude(), drawnJinsong.longitude(), drawnJinsong.buildYear(),
				drawnJinsong.propertyRights(), drawnJinsong.managementStatus(), drawnJinsong.buildingCount(),
				drawnJinsong.floorArea(), drawnJinsong.households(), drawnJinsong.residents(),
				drawnJinsong.aged60PlusPercent(), drawnJinsong.historicDistrict(),
				OwnersOrganisation.PROPERTY_MANAGEMENT_COMMITTEE, true, drawnJinsong.hotlineComplaints()));
	}

	private void add(District district, Street street, String name, double latitude, double longitude, int year,
			PropertyRights rights, ManagementStatus management, List<Building> its, long areaCentiSquareMetres,
			DistrictProfile profile) {
		int households = its.stream().mapToInt(Building::households).sum();
		int residents = (int) Math.round(households * random.nextDouble(2.4, 2.9));
		OwnersOrganisation owners = ownersOrganisation(rights);
		boolean agreed = random.nextDouble() < switch (management) {
			case MARKET_PROPERTY_COMPANY -> 0.75;
			case QUASI_PROPERTY -> 0.35;
			case UNIT_SELF_MANAGED -> 0.2;
			case UNMANAGED -> 0;
		};
		double historicShare = profile.core() ? (year < 1970 ? 0.55 : 0.3) : 0.003;
		communities.add(new Community(name, district.code(), street.code(),
				"北京市" + district.name() + street.name() + name, latitude, longitude, year, rights, management,
				its.size(), BigDecimal.valueOf(areaCentiSquareMetres, 2), households, residents,
				aged60PlusPercent(year, profile), random.nextDouble() < historicShare, owners, agreed,
				hotlineComplaints(households, year, management)));
		buildings.addAll(its);
	}

	/** Mostly the 1980s and 1990s; the core districts' housing is older. */
	private int buildYear(DistrictProfile profile) {
		double[] byDecade = profile.core() ? new double[] { 8, 10, 20, 32, 30 } : new double[] { 4, 6, 15, 38, 37 };
		return 1950 + 10 * pick(byDecade) + random.nextInt(10);
	}

	/** About ten on average: small courtyards of a few blocks, most of 5–13, some large estates. */
	private int buildingCount() {
		double r = random.nextDouble();
		if (r < 0.30) {
			return random.nextInt(1, 5);
		}
		return r < 0.80 ? random.nextInt(5, 14) : random.nextInt(14, 37);
	}

	private List<Building> buildings(String streetCode, String communityName, int year, int count) {
		boolean hasHighRises = random.nextDouble() < (year >= 1985 ? 0.35 : year >= 1975 ? 0.15 : 0.03);
		double simpleShare = year < 1970 ? 0.15 : year < 1980 ? 0.06 : 0.01;
		List<Building> drawn = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			boolean simple = random.nextDouble() < simpleShare;
			boolean highRise = !simple && hasHighRises && random.nextDouble() < 0.3;
			int buildYear = simple ? Math.min(year, random.nextInt(1952, 1976))
					: random.nextDouble() < 0.25 ? Math.min(1999, year + random.nextInt(1, 7)) : year;
			int floors;
			int units;
			int householdsPerFloorAndUnit;
			Structure structure;
			if (simple) {
				floors = random.nextInt(2, 4);
				units = random.nextInt(1, 4);
				householdsPerFloorAndUnit = random.nextInt(2, 5);
				structure = random.nextDouble() < 0.55 ? Structure.BRICK_WOOD : Structure.BRICK_CONCRETE;
			}
			else if (highRise) {
				floors = 10 + 2 * random.nextInt(8);
				units = random.nextInt(1, 4);
				householdsPerFloorAndUnit = random.nextInt(4, 9);
				structure = random.nextDouble() < 0.7 ? Structure.SHEAR_WALL : Structure.FRAME;
			}
			else {
				floors = walkUpFloors(buildYear);
				units = random.nextInt(2, 7);
				householdsPerFloorAndUnit = random.nextDouble() < 0.7 ? 2 : 3;
				structure = walkUpStructure(buildYear);
			}
			int households = floors * units * householdsPerFloorAndUnit;
			long area = Math.round(households * random.nextDouble(60, 75) * 100);
			double seismic = simple ? 0.9 : (buildYear < 1977 ? 0.75 : buildYear < 1990 ? 0.35 : 0.08) * (highRise ? 0.5 : 1);
			double energy = (buildYear < 1988 ? 0.85 : buildYear < 1996 ? 0.55 : 0.25) * (highRise ? 0.7 : 1);
			drawn.add(new Building(streetCode, communityName, i + "号楼", floors, units, buildYear, structure,
					BigDecimal.valueOf(area, 2), households, random.nextDouble() < seismic,
					random.nextDouble() < energy, elevator(floors), dangerousGrade(simple, buildYear), simple));
		}
		return drawn;
	}

	private int walkUpFloors(int year) {
		if (year < 1960) {
			return 2 + pick(new double[] { 20, 50, 30 });
		}
		if (year < 1975) {
			return 3 + pick(new double[] { 15, 45, 40 });
		}
		return 4 + pick(new double[] { 10, 30, 60 });
	}

	private Structure walkUpStructure(int year) {
		if (year < 1970) {
			return new Structure[] { Structure.BRICK_WOOD, Structure.BRICK_CONCRETE, Structure.OTHER }[pick(
					new double[] { 20, 75, 5 })];
		}
		return new Structure[] { Structure.BRICK_CONCRETE, Structure.SHEAR_WALL, Structure.FRAME, Structure.OTHER }[pick(
				new double[] { 82, 4, 4, 10 })];
	}

	/** Seven floors and more were built with lifts; walk-ups of 4–6 floors are where lifts get added. */
	private Elevator elevator(int floors) {
		if (floors >= 7) {
			return Elevator.EXISTING;
		}
		if (floors <= 3) {
			return Elevator.NO_ELEVATOR;
		}
		return new Elevator[] { Elevator.NO_ELEVATOR, Elevator.FEASIBLE, Elevator.ADDED }[pick(new double[] { 70, 22, 8 })];
	}

	/** Most buildings are not appraised; C and D are a few per cent, mostly old and simple buildings. */
	private DangerousGrade dangerousGrade(boolean simple, int year) {
		double[] weights;
		if (simple) {
			weights = new double[] { 40, 10, 25, 17, 8 };
		}
		else if (year < 1970) {
			weights = new double[] { 55, 15, 22, 6, 2 };
		}
		else if (year < 1985) {
			weights = new double[] { 68, 15, 14, 2.5, 0.5 };
		}
		else {
			weights = new double[] { 78, 15, 6, 0.8, 0.2 };
		}
		int grade = pick(weights);
		return grade == 0 ? null : DangerousGrade.values()[grade - 1];
	}

	private PropertyRights propertyRights(int year, District district, DistrictProfile profile) {
		double[] weights = { 8, 14, 14, 8, 12, 10, 26, 8 };
		boolean ministriesAndUniversities = district.code().equals("110108") || profile.core();
		weights[PropertyRights.CENTRAL_UNIT.ordinal()] *= ministriesAndUniversities ? 2 : profile.weight() < 5 ? 0.5 : 1;
		weights[PropertyRights.DISTRICT_OWNED.ordinal()] *= profile.weight() < 5 ? 1.5 : 1;
		weights[PropertyRights.COMMERCIAL_HOUSING.ordinal()] *= year >= 1992 ? 3 : year < 1985 ? 0.1 : 1;
		weights[PropertyRights.NO_OWNER.ordinal()] *= year < 1970 ? 1.5 : 1;
		return PropertyRights.values()[pick(weights)];
	}

	private ManagementStatus managementStatus(PropertyRights rights) {
		// MARKET_PROPERTY_COMPANY, UNIT_SELF_MANAGED, QUASI_PROPERTY, UNMANAGED
		double[] weights = switch (rights) {
			case COMMERCIAL_HOUSING -> new double[] { 80, 2, 10, 8 };
			case CENTRAL_UNIT, CENTRAL_SOE, CITY_SOE_NON_OPERATING -> new double[] { 20, 55, 15, 10 };
			case MUNICIPAL, DISTRICT_OWNED -> new double[] { 25, 15, 40, 20 };
			case MULTIPLE_OWNERS -> new double[] { 30, 10, 35, 25 };
			case NO_OWNER -> new double[] { 5, 0, 40, 55 };
		};
		return ManagementStatus.values()[pick(weights)];
	}

	private OwnersOrganisation ownersOrganisation(PropertyRights rights) {
		double r = random.nextDouble();
		double ownersCommittee = rights == PropertyRights.COMMERCIAL_HOUSING ? 0.3 : 0.08;
		if (r < ownersCommittee) {
			return OwnersOrganisation.OWNERS_COMMITTEE;
		}
		return r < ownersCommittee + 0.35 ? OwnersOrganisation.PROPERTY_MANAGEMENT_COMMITTEE : OwnersOrganisation.NONE;
	}

	/** 15–45 %, older communities older. */
	private BigDecimal aged60PlusPercent(int year, DistrictProfile profile) {
		double base = 34 - 3.2 * ((year - 1950) / 10) + (profile.core() ? 3 : 0);
		double percent = Math.max(15, Math.min(45, base + random.nextGaussian() * 5));
		return BigDecimal.valueOf(Math.round(percent * 10), 1);
	}

	private int hotlineComplaints(int households, int year, ManagementStatus management) {
		double factor = switch (management) {
			case MARKET_PROPERTY_COMPANY -> 1.0;
			case UNIT_SELF_MANAGED -> 1.2;
			case QUASI_PROPERTY -> 1.5;
			case UNMANAGED -> 2.5;
		};
		double expected = households / 150.0 * factor * (year < 1980 ? 1.3 : 1);
		return (int) Math.round(expected * Math.exp(0.6 * random.nextGaussian()));
	}

	/** Where a street's communities cluster: fixed per street, whatever the seed. */
	private static double[] anchor(Street street, DistrictProfile profile) {
		if (street.code().equals(JINSONG_STREET)) {
			return JINSONG_LOCATION.clone();
		}
		SplittableRandom place = new SplittableRandom(Long.parseLong(street.code()));
		return new double[] { profile.latitude() + place.nextDouble(-0.6, 0.6) * profile.latitudeSpread(),
				profile.longitude() + place.nextDouble(-0.6, 0.6) * profile.longitudeSpread() };
	}

	private static double clamp(double value, double centre, double spread) {
		return Math.max(centre - spread, Math.min(centre + spread, value));
	}

	/** An index drawn with the given relative weights. */
	private int pick(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double r = random.nextDouble(total);
		for (int i = 0; i < weights.length - 1; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static long centiSquareMetres(Building building) {
		return building.floorArea().movePointRight(2).longValueExact();
	}

	private static DistrictProfile profile(District district) {
		DistrictProfile profile = PROFILES.get(district.code());
		if (profile == null) {
			throw new IllegalStateException("no profile for district " + district.code() + " " + district.name());
		}
		return profile;
	}

	/**
	 * Community names of one street: its residents' committees' names in a shuffled order, then the same names
	 * with 东区, 西区, 南区, 北区, then 1号院, 2号院 … when the street needs more communities than it has committees.
	 */
	private static final class StreetNames {

		private final List<String> bases;

		private final Set<String> used = new HashSet<>();

		private int next;

		StreetNames(List<String> committees, SplittableRandom random) {
			this.bases = new ArrayList<>(committees);
			for (int i = bases.size() - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				bases.set(i, bases.set(j, bases.get(i)));
			}
		}

		void reserve(String name) {
			used.add(name);
		}

		String next() {
			while (true) {
				int round = next / bases.size();
				String base = bases.get(next % bases.size());
				next++;
				String name = round == 0 ? base
						: base + (round <= NAME_SUFFIXES.length ? NAME_SUFFIXES[round - 1] : (round - NAME_SUFFIXES.length) + "号院");
				if (used.add(name)) {
					return name;
				}
			}
		}

	}

}
