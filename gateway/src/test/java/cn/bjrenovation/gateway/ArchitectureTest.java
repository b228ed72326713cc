package cn.bjrenovation.gateway;

import cn.bjrenovation.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void gatewayIsReactiveOnThePlatformsCoreAndKnowsNoServiceContract() {
		ArchitectureRules.checkGateway("cn.bjrenovation.gateway");
	}

}
