package cn.bjrenovation.localstack;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.bjrenovation.democity.DemoCity;

/**
 * The later life of the demo city's 2026 plan, so every status has something real to show: a responsible planner for
 * every street with a planned project, three planned projects
 * walked on to construction, completion and acceptance, and 劲松北社区's all the way to long-term management — by the
 * same {@link RenovationWalk} as {@code ./suite demo jinsong}, quietly (one line for them all; the demo command prints
 * every step). {@code RENOVATION_DEMO_LIVES=off} skips it. Whatever goes wrong is reported, never thrown.
 */
final class DemoLives {

	/** How far the first planned projects (after 劲松北社区) are taken. */
	private static final List<String> STAGES = List.of("CONSTRUCTION_STARTED", "CONSTRUCTION_COMPLETED", "ACCEPTED");

	private DemoLives() {
	}

	static boolean make(String gatewayUrl, Tokens tokens, int planYear, PrintStream out) {
		long began = System.nanoTime();
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		try {
			RenovationWalk walk = new RenovationWalk(gatewayUrl, tokens, quiet);
			String jinsong = walk.openProjectOf(walk.communityNamed(DemoCity.JINSONG_NORTH));
			List<String> others = new ArrayList<>(walk.projectsIn("PLANNED"));
			others.remove(jinsong);
			int planners = walk.assignPlannersWhere("PLANNED");
			List<String> reached = new ArrayList<>();
			for (int i = 0; i < STAGES.size() && i < others.size(); i++) {
				reached.add(walk.walk(others.get(i), STAGES.get(i), planYear).status());
			}
			if (jinsong != null) {
				reached.add(walk.walk(jinsong, "LONG_TERM_MANAGED", planYear).status());
				walk.recordJinsongModelAgreement(jinsong);
			}
			out.printf(Locale.ROOT, "  project lives    %s; planners for %d streets (%.1f s; ./suite demo jinsong walks a "
					+ "new round)%n", reached, planners, (System.nanoTime() - began) / 1e9);
			return true;
		}
		catch (GatewayCalls.Refused ex) {
			out.println("Demo project lives NOT all walked: " + ex.getMessage() + ". The suite keeps running.");
			return false;
		}
	}

	static boolean enabled(Map<String, String> environment) {
		return !"off".equalsIgnoreCase(environment.getOrDefault("RENOVATION_DEMO_LIVES", "on"));
	}

}
