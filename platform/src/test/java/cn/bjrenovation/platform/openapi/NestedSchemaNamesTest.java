package cn.bjrenovation.platform.openapi;

import cn.bjrenovation.platform.openapi.fixture.one.Notice;
import com.fasterxml.jackson.databind.type.TypeFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NestedSchemaNamesTest {

	private final NestedSchemaNames names = new NestedSchemaNames();

	@Test
	void aNestedRecordIsNamedAfterTheClassesItIsNestedIn() {
		assertThat(name(Notice.class)).isEqualTo("Notice");
		assertThat(name(Notice.Item.class)).isEqualTo("Notice.Item");
	}

	@Test
	void twoClassesThatWouldShareASchemaNameAreRefusedNotMerged() {
		name(Notice.class);

		assertThatThrownBy(() -> name(cn.bjrenovation.platform.openapi.fixture.two.Notice.class))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("schema name Notice")
			.hasMessageContaining("fixture.one.Notice")
			.hasMessageContaining("fixture.two.Notice");
	}

	@Test
	void theSameClassAskedForTwiceKeepsItsName() {
		assertThat(name(Notice.Item.class)).isEqualTo(name(Notice.Item.class));
	}

	private String name(Class<?> type) {
		return names.nameForType(TypeFactory.defaultInstance().constructType(type));
	}

}
