package cn.bjrenovation.platform.observability;

import cn.bjrenovation.platform.events.InboundEvents;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Traces and metrics every service shares, beside what Spring Boot instruments itself (HTTP server, gRPC server and
 * client, Kafka clients with their consumer lag, JDBC pool, JVM): consumed events continue the trace their envelope
 * carries, and the outbox backlog is a gauge. Spans leave the process only when
 * {@code management.opentelemetry.tracing.export.otlp.endpoint} is set (off by default, on in the production overlay).
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration" })
public class ObservabilityAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Tracer.class)
	@ConditionalOnBean({ Tracer.class, Propagator.class })
	static class EventTracing {

		/** A consumer span per consumed event, child of the span that raised it (the envelope's traceparent). */
		@Bean
		InboundEvents.EventSpans eventSpans(Tracer tracer, Propagator propagator) {
			return (traceparent, name) -> {
				Span span = Traceparents.childOf(propagator, traceparent).name(name).kind(Span.Kind.CONSUMER).start();
				Tracer.SpanInScope scope = tracer.withSpan(span);
				return new InboundEvents.EventSpan(Traceparents.of(span.context()), () -> {
					scope.close();
					span.end();
				});
			};
		}

	}

	/**
	 * Events written to the outbox and not yet acknowledged by Kafka ({@code renovation_outbox_incomplete_events}): a
	 * rising backlog means the broker is out of reach or the resubmission cannot keep up.
	 */
	@Bean
	@ConditionalOnBean(JdbcClient.class)
	MeterBinder outboxBacklog(JdbcClient jdbc) {
		return registry -> Gauge.builder("renovation.outbox.incomplete.events", () -> {
			try {
				return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
					.query(Long.class)
					.single();
			}
			catch (RuntimeException unavailable) {
				return Double.NaN;
			}
		}).description("events in the outbox not yet acknowledged by Kafka").register(registry);
	}

}
