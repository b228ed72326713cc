package cn.bjrenovation.platform;

import cn.bjrenovation.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class PlatformArchitectureTest {

	@Test
	void platformIsPlumbingWithoutCyclesOnAFrameworkFreeCore() {
		ArchitectureRules.checkPlatform("cn.bjrenovation.platform");
		ArchitectureRules.checkCore("cn.bjrenovation.platform.policy");
		ArchitectureRules.checkCore("cn.bjrenovation.platform.identity");
		ArchitectureRules.checkCore("cn.bjrenovation.platform.envelope");
		ArchitectureRules.checkCore("cn.bjrenovation.platform.place");
		ArchitectureRules.checkCore("cn.bjrenovation.platform.problems");
		ArchitectureRules.checkCore("cn.bjrenovation.platform.validation");
	}

}
