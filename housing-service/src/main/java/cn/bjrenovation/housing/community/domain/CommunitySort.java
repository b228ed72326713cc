package cn.bjrenovation.housing.community.domain;

import java.util.Locale;

/** The orders a community list can come in; every order breaks ties by id, so pages never overlap. */
public enum CommunitySort {

	NAME("name"), BUILD_YEAR("buildYear"), HOTLINE_COMPLAINTS("hotlineComplaints"), REGISTERED_AT("registeredAt");

	private final String parameter;

	CommunitySort(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

	/** Reads "buildYear" or "-buildYear" (descending). */
	public static Order parse(String text) {
		if (text == null || text.isBlank()) {
			return new Order(NAME, false);
		}
		boolean descending = text.startsWith("-");
		String name = descending ? text.substring(1) : text;
		for (CommunitySort sort : values()) {
			if (sort.parameter.equalsIgnoreCase(name) || sort.name().equals(name.toUpperCase(Locale.ROOT))) {
				return new Order(sort, descending);
			}
		}
		throw new cn.bjrenovation.platform.problems.InvalidInputException("sort", "'" + text
				+ "' is not one of name, buildYear, hotlineComplaints, registeredAt (prefix - for descending)");
	}

	public record Order(CommunitySort sort, boolean descending) {
	}

}
