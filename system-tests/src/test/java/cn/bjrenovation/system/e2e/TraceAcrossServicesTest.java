package cn.bjrenovation.system.e2e;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import cn.bjrenovation.system.e2e.OtlpReceiver.ReceivedSpan;
import cn.bjrenovation.system.e2e.SuiteClient.Answer;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace across the suite, as a collector receives it: a caller's W3C {@code traceparent} goes through the
 * gateway to housing, rides the event housing raises over Kafka, and planning's handling of that event is a consumer
 * span in the same trace — each hop the child of the one before, each service exporting its own spans over OTLP.
 */
@Order(4)
class TraceAcrossServicesTest {

	private static final String CHAOYANG = "110105";

	@Test
	void aCallersTraceRunsFromTheGatewayThroughHousingAndKafkaIntoPlanning() {
		OtlpReceiver receiver = RunningSuite.spans();
		SuiteClient gateway = RunningSuite.gateway();
		String traceId = hex(16);
		String callerSpanId = hex(8);
		receiver.watch(traceId);

		String name = SurveyedCommunity.uniqueName("劲松西社区");
		Answer registered = gateway.post("/api/housing/communities", RunningSuite.token("DISTRICT", "district", CHAOYANG),
				SurveyedCommunity.inJinsong(name).json(),
				Map.of("traceparent", "00-" + traceId + "-" + callerSpanId + "-01"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String id = registered.text("$.id");
		// housing.community reached planning's view of communities
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Answer inPlanning = gateway.get("/api/planning/communities/" + id, RunningSuite.token("PLANNING"));
			assertThat(inPlanning.status()).as(inPlanning.body()).isEqualTo(200);
		});

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			List<ReceivedSpan> trace = receiver.spans(traceId);
			String seen = "spans of trace " + traceId + ":\n" + OtlpReceiver.describe(trace)
					+ "\nspans received per service, any trace: " + receiver.spansPerService();

			Set<String> gatewaySpans = ids(trace, "gateway");
			assertThat(trace).as("the gateway's span of the call, child of the caller's (%s)\n%s", callerSpanId, seen)
				.anyMatch(span -> span.service().equals("gateway") && span.kind() == SpanKind.SPAN_KIND_SERVER
						&& span.parentSpanId().equals(callerSpanId));
			assertThat(trace).as("housing's span of the request, child of a gateway span\n%s", seen)
				.anyMatch(span -> span.service().equals("housing-service") && span.kind() == SpanKind.SPAN_KIND_SERVER
						&& gatewaySpans.contains(span.parentSpanId()));
			Set<String> housingSpans = ids(trace, "housing-service");
			assertThat(trace).as("planning's consumer span of the event, child of a housing span (the envelope's)\n%s",
					seen)
				.anyMatch(span -> span.service().equals("planning-service")
						&& span.kind() == SpanKind.SPAN_KIND_CONSUMER && housingSpans.contains(span.parentSpanId()));
		});
		System.out.println("trace " + traceId + " as received:\n" + OtlpReceiver.describe(receiver.spans(traceId)));
	}

	private static Set<String> ids(List<ReceivedSpan> spans, String service) {
		return spans.stream()
			.filter(span -> span.service().equals(service))
			.map(ReceivedSpan::spanId)
			.collect(Collectors.toSet());
	}

	private static String hex(int bytes) {
		byte[] id = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(id);
		id[0] |= 1; // never all zeros, which W3C reads as invalid
		return HexFormat.of().formatHex(id);
	}

}
