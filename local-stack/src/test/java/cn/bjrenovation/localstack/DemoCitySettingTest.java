package cn.bjrenovation.localstack;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCitySettingTest {

	@Test
	void loadsTwoThousandCommunitiesByDefault() {
		assertThat(DemoCitySetting.from(List.of(), Map.of())).isEqualTo(new DemoCitySetting(true, 2_000));
	}

	@Test
	void optionSwitchesItOff() {
		assertThat(DemoCitySetting.from(List.of("--no-demo-city"), Map.of("RENOVATION_DEMO_CITY_SIZE", "50")).load())
			.isFalse();
	}

	@Test
	void environmentSwitchesItOff() {
		for (String off : List.of("off", "OFF", "false", "no", "0")) {
			assertThat(DemoCitySetting.from(List.of(), Map.of("RENOVATION_DEMO_CITY", off)).load()).as(off).isFalse();
		}
		assertThat(DemoCitySetting.from(List.of(), Map.of("RENOVATION_DEMO_CITY", "on")).load()).isTrue();
	}

	@Test
	void environmentSetsTheSize() {
		assertThat(DemoCitySetting.from(List.of(), Map.of("RENOVATION_DEMO_CITY_SIZE", "20_000")))
			.isEqualTo(new DemoCitySetting(true, 20_000));
	}

	@Test
	void sizeThatIsNoPositiveNumberIsRefusedBeforeAnythingStarts() {
		for (String size : List.of("many", "0", "-5")) {
			assertThatThrownBy(() -> DemoCitySetting.from(List.of(), Map.of("RENOVATION_DEMO_CITY_SIZE", size))).as(size)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("RENOVATION_DEMO_CITY_SIZE")
				.hasMessageContaining(size);
		}
	}

	@Test
	void unknownArgumentIsRefused() {
		assertThatThrownBy(() -> DemoCitySetting.from(List.of("--demo-city-size", "5"), Map.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("--demo-city-size");
	}

}
