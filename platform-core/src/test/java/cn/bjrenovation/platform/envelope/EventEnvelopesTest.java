package cn.bjrenovation.platform.envelope;

import java.time.Instant;

import cn.bjrenovation.common.v1.EventEnvelope;
import com.google.protobuf.Timestamp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopesTest {

	@Test
	void readsTheTimeAFactHappened() {
		assertThat(EventEnvelopes.occurredAt(at(1_796_223_851L, 981_162_587)))
			.isEqualTo(Instant.ofEpochSecond(1_796_223_851L, 981_162_587));
		assertThat(EventEnvelopes.occurredAt(at(253_402_300_799L, 999_999_999))).isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
	}

	/** Found by the event fuzz: an Instant can hold these, a timestamp column cannot, and the record was dead-lettered as a database error. */
	@Test
	void refusesATimeOutsideWhatAProtobufTimestampMayHoldAsMalformed() {
		assertThatThrownBy(() -> EventEnvelopes.occurredAt(at(13_767_106_619_620_410L, 0)))
			.isInstanceOf(MalformedEventException.class)
			.hasMessageContaining("outside the years 1 to 9999");
		assertThatThrownBy(() -> EventEnvelopes.occurredAt(at(1_796_223_851L, -565_622_009)))
			.isInstanceOf(MalformedEventException.class);
		assertThatThrownBy(() -> EventEnvelopes.occurredAt(at(-62_135_596_801L, 0))).isInstanceOf(MalformedEventException.class);
		assertThatThrownBy(() -> EventEnvelopes.occurredAt(EventEnvelope.newBuilder().setEventId("e").build()))
			.isInstanceOf(MalformedEventException.class)
			.hasMessageContaining("lacks occurred_at");
	}

	private static EventEnvelope at(long seconds, int nanos) {
		return EventEnvelope.newBuilder()
			.setEventId("e-1")
			.setType("CommunityRegistered")
			.setOccurredAt(Timestamp.newBuilder().setSeconds(seconds).setNanos(nanos))
			.build();
	}

}
