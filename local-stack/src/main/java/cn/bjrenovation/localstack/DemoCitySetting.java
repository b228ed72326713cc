package cn.bjrenovation.localstack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether {@code ./suite up} loads the demo city into an empty community database, and how large it is.
 * On unless {@code --no-demo-city} is given or {@code RENOVATION_DEMO_CITY} is {@code off}; the size in
 * communities comes from {@code RENOVATION_DEMO_CITY_SIZE} (default {@value #DEFAULT_SIZE}).
 *
 * @param load whether to load it
 * @param size number of communities (about ten buildings each)
 */
record DemoCitySetting(boolean load, int size) {

	static final String OPTION = "--no-demo-city";

	static final String SWITCH = "RENOVATION_DEMO_CITY";

	static final String SIZE = "RENOVATION_DEMO_CITY_SIZE";

	static final int DEFAULT_SIZE = 2_000;

	/** Every developer's demo city is the same one: the plan's first year. */
	static final long SEED = 2021;

	private static final Set<String> OFF = Set.of("off", "false", "no", "0");

	/**
	 * The setting for {@code up} with these arguments and this environment.
	 * @throws IllegalArgumentException for an argument {@code up} does not know or a size that is not a positive number
	 */
	static DemoCitySetting from(List<String> upArguments, Map<String, String> environment) {
		for (String argument : upArguments) {
			if (!argument.equals(OPTION)) {
				throw new IllegalArgumentException("up takes only " + OPTION + ", not " + argument);
			}
		}
		boolean off = upArguments.contains(OPTION)
				|| OFF.contains(environment.getOrDefault(SWITCH, "").trim().toLowerCase(Locale.ROOT));
		String requestedSize = environment.getOrDefault(SIZE, "").trim();
		if (off || requestedSize.isEmpty()) {
			return new DemoCitySetting(!off, DEFAULT_SIZE);
		}
		int size;
		try {
			size = Integer.parseInt(requestedSize.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			size = 0;
		}
		if (size < 1) {
			throw new IllegalArgumentException(SIZE + " must be a positive number of communities, not '" + requestedSize + "'");
		}
		return new DemoCitySetting(true, size);
	}

}
