package cn.bjrenovation.democity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Beijing's real administrative divisions (统计用区划代码): 16 districts, their streets and townships
 * (街道/乡镇, 9 digits) and the urban residents' committees (社区居委会) of each street. Read from this
 * module's own copy of the national codes (resources {@code beijing-divisions/}, WTFPL, see
 * LICENSE-source.txt there); villages' committees (村委会) are left out, old communities are urban.
 */
public final class Divisions {

	private static final String RESOURCES = "/cn/bjrenovation/democity/beijing-divisions/";

	/** A district (区), e.g. 110105 朝阳区. */
	public record District(String code, String name) {
	}

	/** A street office or township (街道/地区/镇/乡), e.g. 110105017 劲松街道. */
	public record Street(String code, String name, String districtCode) {
	}

	private final List<District> districts;

	private final Map<String, List<Street>> streetsByDistrict;

	private final Map<String, List<String>> communityNamesByStreet;

	private Divisions(List<District> districts, Map<String, List<Street>> streetsByDistrict,
			Map<String, List<String>> communityNamesByStreet) {
		this.districts = districts;
		this.streetsByDistrict = streetsByDistrict;
		this.communityNamesByStreet = communityNamesByStreet;
	}

	public static Divisions load() {
		List<District> districts = new ArrayList<>();
		for (List<String> row : read("districts.csv")) {
			districts.add(new District(row.get(0), row.get(1)));
		}
		Map<String, List<Street>> streets = new LinkedHashMap<>();
		for (List<String> row : read("streets.csv")) {
			streets.computeIfAbsent(row.get(2), code -> new ArrayList<>()).add(new Street(row.get(0), row.get(1), row.get(2)));
		}
		Map<String, List<String>> names = new LinkedHashMap<>();
		for (List<String> row : read("residents-committees.csv")) {
			String name = communityName(row.get(1));
			if (name != null) {
				names.computeIfAbsent(row.get(2), code -> new ArrayList<>()).add(name);
			}
		}
		return new Divisions(List.copyOf(districts), streets, names);
	}

	/**
	 * The community a residents' committee serves, named as people say it: "劲松北社区居委会" → "劲松北社区",
	 * "六铺炕南小街居委会" → "六铺炕南小街社区"; null for a village committee (村委会).
	 */
	static String communityName(String committee) {
		if (committee.endsWith("村委会") || committee.endsWith("村民委员会") || committee.endsWith("村")) {
			return null;
		}
		String name = committee;
		for (String suffix : new String[] { "居民委员会", "居委会" }) {
			if (name.endsWith(suffix)) {
				name = name.substring(0, name.length() - suffix.length());
				break;
			}
		}
		return name.endsWith("社区") || name.endsWith("生活区") ? name : name + "社区";
	}

	public List<District> districts() {
		return districts;
	}

	public List<Street> streetsOf(String districtCode) {
		return streetsByDistrict.getOrDefault(districtCode, List.of());
	}

	/** The communities named after the street's urban residents' committees, in code order; often empty for townships. */
	public List<String> communityNamesOf(String streetCode) {
		return Collections.unmodifiableList(communityNamesByStreet.getOrDefault(streetCode, List.of()));
	}

	/** The rows after the header; the files quote names and never hold commas or quotes inside them. */
	private static List<List<String>> read(String file) {
		try (InputStream in = Divisions.class.getResourceAsStream(RESOURCES + file)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCES + file);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			List<List<String>> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					List<String> row = new ArrayList<>();
					for (String field : line.split(",", -1)) {
						row.add(field.replace("\"", ""));
					}
					rows.add(row);
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCES + file, ex);
		}
	}

}
