package cn.bjrenovation.finance;

import cn.bjrenovation.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void domainIsFreeOfFrameworksAndAdaptersDependInward() {
		ArchitectureRules.check("cn.bjrenovation.finance");
	}

}
