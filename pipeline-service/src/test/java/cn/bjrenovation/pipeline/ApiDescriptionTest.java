package cn.bjrenovation.pipeline;

import cn.bjrenovation.platform.testing.ApiDescriptions;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * pipeline's OpenAPI description is the console's snapshot (console/openapi/pipeline.json), and every operation in it names
 * its duty; {@code -Dopenapi.update=true} rewrites the snapshot ({@link ApiDescriptions}).
 */
@ServiceTest
class ApiDescriptionTest {

	@Autowired
	LocalHttp http;

	@Test
	void theDescriptionIsTheConsolesSnapshotAndEveryOperationNamesItsDuty() {
		ApiDescriptions.assertMatchesConsoleSnapshot(http, "pipeline");
	}

}
