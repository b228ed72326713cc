package cn.bjrenovation.system.e2e;

import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs after every other end-to-end class: stopping the suite leaves no process of it behind. */
@Order(Integer.MAX_VALUE)
class SuiteShutdownTest {

	@Test
	void stoppingTheSuiteLeavesNoProcessBehind() {
		List<Long> pids = RunningSuite.servicePids();

		RunningSuite.get().close();

		assertThat(pids).hasSize(5)
			.allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse());
	}

}
