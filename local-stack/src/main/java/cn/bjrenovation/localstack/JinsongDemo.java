package cn.bjrenovation.localstack;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import cn.bjrenovation.democity.DemoCity;

/**
 * {@code ./suite demo jinsong}: 劲松北社区's project walked through its whole life against the running suite — its
 * open project from where it stands, or a new round once the last is closed — printing each step (who, call, answer)
 * and, on its last line, the project's final state. Exit 0 once it is under long-term management, 1 naming the first
 * step refused.
 */
final class JinsongDemo {

	private JinsongDemo() {
	}

	static int run(String gatewayUrl, Tokens tokens, PrintStream out) {
		long began = System.nanoTime();
		RenovationWalk walk = new RenovationWalk(gatewayUrl, tokens, out);
		try {
			String community = walk.communityNamed(DemoCity.JINSONG_NORTH);
			String project = walk.openProjectOf(community);
			if (project == null) {
				out.println(DemoCity.JINSONG_NORTH + ": the last round is closed; a new round begins");
				project = walk.applyFor(community);
			}
			out.println(DemoCity.JINSONG_NORTH + ": project " + project);
			RenovationWalk.Outcome outcome = walk.walk(project, "LONG_TERM_MANAGED",
					LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
			out.println("social-capital agreement (劲松模式): " + walk.recordJinsongModelAgreement(outcome.projectId()));
			out.printf(Locale.ROOT, "%s project %s: %s (%d calls, %.1f s)%n", DemoCity.JINSONG_NORTH,
					outcome.projectId(), outcome.status(), outcome.calls(), (System.nanoTime() - began) / 1e9);
			return "LONG_TERM_MANAGED".equals(outcome.status()) ? 0 : 1;
		}
		catch (GatewayCalls.Refused ex) {
			out.println(DemoCity.JINSONG_NORTH + ": REFUSED: " + ex.getMessage());
			return 1;
		}
	}

}
