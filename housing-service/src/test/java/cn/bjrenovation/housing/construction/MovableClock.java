package cn.bjrenovation.housing.construction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** Beijing time, moved forward by a test to see deadlines pass; back to now with {@link #reset()}. */
final class MovableClock extends Clock {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	void advance(Duration by) {
		offset.updateAndGet(current -> current.plus(by));
	}

	void reset() {
		offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return BEIJING;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), offset.get());
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset.get());
	}

}
