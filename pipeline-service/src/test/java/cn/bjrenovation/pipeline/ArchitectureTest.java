package cn.bjrenovation.pipeline;

import cn.bjrenovation.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void domainIsFreeOfFrameworksAndAdaptersDependInward() {
		ArchitectureRules.check("cn.bjrenovation.pipeline");
	}

}
