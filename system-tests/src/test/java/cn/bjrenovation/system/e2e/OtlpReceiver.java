package cn.bjrenovation.system.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A minimal OTLP/HTTP trace receiver in the test JVM, standing in for the collector the suite exports to: it accepts
 * {@code POST /v1/traces} with a protobuf {@code ExportTraceServiceRequest} (gzip or not) and keeps the spans of the
 * traces a test {@linkplain #watch watches}; the rest are only counted per service, so a whole run of the end-to-end
 * tests costs no memory.
 */
final class OtlpReceiver implements AutoCloseable {

	/** One span as exported: its service ({@code service.name}), ids in lowercase hex, name and kind. */
	record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
			Span.SpanKind kind) {

		@Override
		public String toString() {
			return service + " " + kind.name().replace("SPAN_KIND_", "") + " '" + name + "' " + spanId + " ← "
					+ (parentSpanId.isEmpty() ? "(root)" : parentSpanId);
		}

	}

	private static final HexFormat HEX = HexFormat.of();

	private final HttpServer server;

	private final Map<String, List<ReceivedSpan>> watched = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> spansPerService = new ConcurrentHashMap<>();

	private OtlpReceiver(HttpServer server) {
		this.server = server;
	}

	/** Listens where {@code endpoint} (e.g. {@code http://127.0.0.1:14318/v1/traces}) points. */
	static OtlpReceiver listeningAt(String endpoint) throws IOException {
		URI uri = URI.create(endpoint);
		HttpServer server = HttpServer.create(new InetSocketAddress(uri.getHost(), uri.getPort()), 16);
		OtlpReceiver receiver = new OtlpReceiver(server);
		server.createContext(uri.getPath(), receiver::export);
		server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "otlp-receiver");
			thread.setDaemon(true);
			return thread;
		}));
		server.start();
		return receiver;
	}

	/** Keeps every span of this trace (32 hex digits) from now on. */
	void watch(String traceId) {
		watched.putIfAbsent(traceId, new CopyOnWriteArrayList<>());
	}

	List<ReceivedSpan> spans(String traceId) {
		return List.copyOf(watched.getOrDefault(traceId, List.of()));
	}

	/** Spans received so far per service, watched or not: what to look at when a trace lacks a service. */
	Map<String, Integer> spansPerService() {
		Map<String, Integer> counts = new TreeMap<>();
		spansPerService.forEach((service, count) -> counts.put(service, count.get()));
		return counts;
	}

	private void export(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
			if (!contentType.startsWith("application/x-protobuf")) {
				// the exporter's default; JSON would need another parser and is not configured
				exchange.sendResponseHeaders(415, -1);
				return;
			}
			byte[] body = exchange.getRequestBody().readAllBytes();
			InputStream in = new ByteArrayInputStream(body);
			if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
				in = new GZIPInputStream(in);
			}
			ExportTraceServiceRequest request;
			try {
				request = ExportTraceServiceRequest.parseFrom(in);
			}
			catch (IOException malformed) {
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			request.getResourceSpansList().forEach(this::keep);
			byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
			exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
			if (answer.length > 0) {
				exchange.getResponseBody().write(answer);
			}
		}
	}

	private void keep(ResourceSpans resourceSpans) {
		String service = resourceSpans.getResource()
			.getAttributesList()
			.stream()
			.filter(attribute -> attribute.getKey().equals("service.name"))
			.map(KeyValue::getValue)
			.map(value -> value.getStringValue())
			.findFirst()
			.orElse("(no service.name)");
		for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
			for (Span span : scopeSpans.getSpansList()) {
				spansPerService.computeIfAbsent(service, name -> new AtomicInteger()).incrementAndGet();
				String traceId = HEX.formatHex(span.getTraceId().toByteArray());
				List<ReceivedSpan> kept = watched.get(traceId);
				if (kept != null) {
					kept.add(new ReceivedSpan(service, traceId, HEX.formatHex(span.getSpanId().toByteArray()),
							HEX.formatHex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind()));
				}
			}
		}
	}

	/** The services among {@code spans}, for messages. */
	static Set<String> services(List<ReceivedSpan> spans) {
		return new java.util.TreeSet<>(spans.stream().map(ReceivedSpan::service).toList());
	}

	static String describe(List<ReceivedSpan> spans) {
		List<String> lines = new ArrayList<>();
		spans.forEach(span -> lines.add("  " + span));
		return String.join("\n", lines);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
