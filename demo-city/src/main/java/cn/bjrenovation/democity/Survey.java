package cn.bjrenovation.democity;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A survey of old communities in housing-service's survey-import template: two UTF-8 CSV files, a header row
 * then one row per community or building, fields quoted as RFC 4180 says when they hold a comma, a quote or
 * a line break. Lines end with LF. A building row belongs to the community row with the same
 * {@code (streetCode, name)}; the buildings come in the order of their communities.
 */
public record Survey(List<Community> communities, List<Building> buildings) {

	public static final String COMMUNITIES_FILE = "communities.csv";

	public static final String BUILDINGS_FILE = "buildings.csv";

	public static final String COMMUNITIES_HEADER = "name,districtCode,streetCode,address,latitude,longitude,buildYear,"
			+ "propertyRights,managementStatus,buildingCount,floorArea,households,residents,aged60PlusPercent,"
			+ "historicDistrict,ownersOrganisation,propertyServiceAgreed,hotlineComplaints";

	public static final String BUILDINGS_HEADER = "streetCode,communityName,number,floors,units,buildYear,structure,"
			+ "floorArea,households,seismicReinforcementNeeded,energyRetrofitNeeded,elevator,dangerousGrade,simpleBuilding";

	public Survey {
		communities = List.copyOf(communities);
		buildings = List.copyOf(buildings);
	}

	/** Writes {@value #COMMUNITIES_FILE} and {@value #BUILDINGS_FILE} into the directory, creating it when missing. */
	public void writeTo(Path directory) throws IOException {
		Files.createDirectories(directory);
		try (Writer out = Files.newBufferedWriter(directory.resolve(COMMUNITIES_FILE), StandardCharsets.UTF_8)) {
			writeCommunities(out);
		}
		try (Writer out = Files.newBufferedWriter(directory.resolve(BUILDINGS_FILE), StandardCharsets.UTF_8)) {
			writeBuildings(out);
		}
	}

	public void writeCommunities(Writer out) throws IOException {
		out.write(COMMUNITIES_HEADER);
		out.write('\n');
		StringBuilder line = new StringBuilder(256);
		for (Community community : communities) {
			line.setLength(0);
			appendRow(line, community);
			out.append(line);
		}
	}

	public void writeBuildings(Writer out) throws IOException {
		out.write(BUILDINGS_HEADER);
		out.write('\n');
		StringBuilder line = new StringBuilder(128);
		for (Building building : buildings) {
			line.setLength(0);
			appendRow(line, building);
			out.append(line);
		}
	}

	/** The community's row, LF included. */
	public static String row(Community community) {
		return appendRow(new StringBuilder(256), community).toString();
	}

	/** The building's row, LF included. */
	public static String row(Building building) {
		return appendRow(new StringBuilder(128), building).toString();
	}

	private static StringBuilder appendRow(StringBuilder line, Community c) {
		field(line, c.name()).append(',');
		field(line, c.districtCode()).append(',');
		field(line, c.streetCode()).append(',');
		field(line, c.address()).append(',');
		line.append(micro(c.latitude())).append(',');
		line.append(micro(c.longitude())).append(',');
		line.append(c.buildYear()).append(',');
		line.append(c.propertyRights()).append(',');
		line.append(c.managementStatus()).append(',');
		line.append(c.buildingCount()).append(',');
		line.append(c.floorArea().toPlainString()).append(',');
		line.append(c.households()).append(',');
		line.append(c.residents()).append(',');
		line.append(c.aged60PlusPercent().toPlainString()).append(',');
		line.append(c.historicDistrict()).append(',');
		line.append(c.ownersOrganisation()).append(',');
		line.append(c.propertyServiceAgreed()).append(',');
		return line.append(c.hotlineComplaints()).append('\n');
	}

	private static StringBuilder appendRow(StringBuilder line, Building b) {
		field(line, b.streetCode()).append(',');
		field(line, b.communityName()).append(',');
		field(line, b.number()).append(',');
		line.append(b.floors()).append(',');
		line.append(b.units()).append(',');
		line.append(b.buildYear()).append(',');
		line.append(b.structure()).append(',');
		line.append(b.floorArea().toPlainString()).append(',');
		line.append(b.households()).append(',');
		line.append(b.seismicReinforcementNeeded()).append(',');
		line.append(b.energyRetrofitNeeded()).append(',');
		line.append(b.elevator()).append(',');
		line.append(b.dangerousGrade() == null ? "" : b.dangerousGrade().name()).append(',');
		return line.append(b.simpleBuilding()).append('\n');
	}

	/** A coordinate with 6 decimals (about 0.1 m). */
	private static String micro(double degrees) {
		return BigDecimal.valueOf(Math.round(degrees * 1e6), 6).toPlainString();
	}

	private static StringBuilder field(StringBuilder line, String value) {
		boolean quote = false;
		for (int i = 0; i < value.length() && !quote; i++) {
			char c = value.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		return quote ? line.append('"').append(value.replace("\"", "\"\"")).append('"') : line.append(value);
	}

}
