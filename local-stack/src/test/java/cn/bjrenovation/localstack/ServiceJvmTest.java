package cn.bjrenovation.localstack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceJvmTest {

	@Test
	void endToEndTestsGetC1OnlyWithoutArchives() {
		assertThat(ServiceJvm.DEFAULT.archives()).isFalse();
		assertThat(ServiceJvm.DEFAULT.options()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx192m");
	}

	@Test
	void suiteUpGetsArchivesAndC1OnlyByDefault() {
		ServiceJvm jvm = ServiceJvm.fromEnvironment(Map.of());
		assertThat(jvm.archives()).isTrue();
		assertThat(jvm.options()).isEqualTo(ServiceJvm.DEFAULT.options());
	}

	@Test
	void tieredLetsC2CompileToo() {
		ServiceJvm jvm = ServiceJvm.fromEnvironment(Map.of("RENOVATION_JIT", "tiered"));
		assertThat(jvm.options()).doesNotContain("-XX:TieredStopAtLevel=1").contains("-XX:ReservedCodeCacheSize=64m");
	}

	@Test
	void extraOptionsComeLastAndArchivesCanBeSwitchedOff() {
		ServiceJvm jvm = ServiceJvm.fromEnvironment(
				Map.of("RENOVATION_JVM_OPTIONS", " -Xmx256m  -Xmn16m ", "RENOVATION_STARTUP_ARCHIVES", "off"));
		assertThat(jvm.archives()).isFalse();
		assertThat(jvm.options()).endsWith("-Xmx256m", "-Xmn16m");
	}

	@Test
	void unknownSettingsAreRefused() {
		assertThatThrownBy(() -> ServiceJvm.fromEnvironment(Map.of("RENOVATION_JIT", "c2")))
			.hasMessageContaining("RENOVATION_JIT");
		assertThatThrownBy(() -> ServiceJvm.fromEnvironment(Map.of("RENOVATION_STARTUP_ARCHIVES", "maybe")))
			.hasMessageContaining("RENOVATION_STARTUP_ARCHIVES");
	}

}
