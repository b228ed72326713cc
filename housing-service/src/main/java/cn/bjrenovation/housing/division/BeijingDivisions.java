package cn.bjrenovation.housing.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.bjrenovation.housing.community.domain.Divisions;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Beijing's 16 districts, 349 streets/townships and 7,535 residents' committees from the national statistical
 * division codes (统计用区划代码), shipped in {@code reference/}.
 */
@Component
class BeijingDivisions implements Divisions {

	private final Set<String> districts = new HashSet<>();

	private final Map<String, String> districtOfStreet = new HashMap<>();

	private final Set<String> committees = new HashSet<>();

	BeijingDivisions() {
		read("reference/districts.csv", columns -> districts.add(columns[0]));
		read("reference/streets.csv", columns -> districtOfStreet.put(columns[0], columns[2]));
		read("reference/committees.csv", columns -> committees.add(columns[0]));
	}

	@Override
	public boolean isCommitteeOf(String committeeCode, String streetCode) {
		return committeeCode != null && streetCode != null && committees.contains(committeeCode)
				&& committeeCode.startsWith(streetCode);
	}

	@Override
	public boolean isDistrict(String districtCode) {
		return districtCode != null && districts.contains(districtCode);
	}

	@Override
	public boolean isStreetOf(String streetCode, String districtCode) {
		return streetCode != null && districtCode != null && districtCode.equals(districtOfStreet.get(streetCode));
	}

	private static void read(String resource, java.util.function.Consumer<String[]> row) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")).forEach(row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

}
