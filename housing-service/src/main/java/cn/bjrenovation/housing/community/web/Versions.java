package cn.bjrenovation.housing.community.web;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** The version a change names: the one its author last read. */
final class Versions {

	private Versions() {
	}

	static long require(Long version) {
		if (version == null) {
			throw new InvalidInputException("version", "is required: the version you last read");
		}
		return version;
	}

}
