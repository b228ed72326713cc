package cn.bjrenovation.platform.envelope;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The W3C trace context ({@code traceparent}) of the work in hand on this thread: taken from the incoming
 * HTTP header, gRPC metadata or event envelope, or begun afresh. It rides on every event, so a change can be
 * followed from the request that made it to every consumer that reacted.
 */
public final class TraceContext {

	private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private TraceContext() {
	}

	/** The trace entered on this thread; closing it restores the one before. */
	public interface Entered extends AutoCloseable {

		@Override
		void close();

	}

	/** Enters the given trace, or a new one when {@code traceparent} is absent or malformed. */
	public static Entered enter(String traceparent) {
		String previous = CURRENT.get();
		CURRENT.set(isValid(traceparent) ? traceparent : newTraceparent());
		return () -> {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		};
	}

	/**
	 * Enters {@code traceparent} when there is one — work handed to another thread takes its trace along this way —
	 * and otherwise changes nothing.
	 */
	public static Entered enterIfAny(String traceparent) {
		return traceparent == null ? () -> {
		} : enter(traceparent);
	}

	/** The trace entered on this thread, or null when none is. */
	public static String current() {
		return CURRENT.get();
	}

	public static String currentOrNew() {
		String current = CURRENT.get();
		return current != null ? current : newTraceparent();
	}

	public static boolean isValid(String traceparent) {
		return traceparent != null && TRACEPARENT.matcher(traceparent).matches();
	}

	static String newTraceparent() {
		HexFormat hex = HexFormat.of();
		byte[] traceId = new byte[16];
		byte[] spanId = new byte[8];
		ThreadLocalRandom.current().nextBytes(traceId);
		ThreadLocalRandom.current().nextBytes(spanId);
		return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
	}

}
