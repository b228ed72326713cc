package cn.bjrenovation.democity;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a demo city's survey: {@code DemoCityCommand SIZE SEED OUT_DIR} creates {@code OUT_DIR/communities.csv}
 * and {@code OUT_DIR/buildings.csv} for SIZE communities (about ten buildings each).
 * Run it with {@code java -jar demo-city/target/demo-city-0.1.0-SNAPSHOT.jar 20000 42 target/demo-city}.
 */
public final class DemoCityCommand {

	private DemoCityCommand() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: DemoCityCommand SIZE SEED OUT_DIR   e.g. 2000 2021 target/demo-city");
			System.exit(2);
		}
		int size;
		long seed;
		try {
			size = Integer.parseInt(args[0]);
			seed = Long.parseLong(args[1]);
		}
		catch (NumberFormatException ex) {
			System.err.println("SIZE and SEED must be whole numbers: " + ex.getMessage());
			System.exit(2);
			return;
		}
		Path out = Path.of(args[2]);
		long began = System.nanoTime();
		Survey survey = DemoCity.generate(size, seed);
		long generated = System.nanoTime();
		survey.writeTo(out);
		long written = System.nanoTime();
		System.out.printf(Locale.ROOT, "%d communities and %d buildings (seed %d) in %s: generated in %.2f s, written in %.2f s%n",
				survey.communities().size(), survey.buildings().size(), seed, out.toAbsolutePath(),
				(generated - began) / 1e9, (written - generated) / 1e9);
	}

}
