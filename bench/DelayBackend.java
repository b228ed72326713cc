import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for housing-service in the gateway overhead benchmark: answers any GET with a small
 * community JSON body after sleeping a fixed delay. The same process is called directly and through the
 * gateway, so the only difference between the two paths is the gateway.
 *
 * <p>Run without a build step: {@code java bench/DelayBackend.java PORT DELAY_MS [THREADS]}
 * (DELAY_MS 0 answers at once; THREADS defaults to 256, enough for the benchmark's connections).
 */
public class DelayBackend {

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java bench/DelayBackend.java PORT DELAY_MS [THREADS]");
			System.exit(2);
		}
		int port = Integer.parseInt(args[0]);
		long delayMs = Long.parseLong(args[1]);
		int threads = args.length > 2 ? Integer.parseInt(args[2]) : 256;
		// without TCP_NODELAY the JDK server's separate header and body writes can meet delayed ACKs (~40 ms)
		System.setProperty("sun.net.httpserver.nodelay", "true");

		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		server.setExecutor(pool);
		server.createContext("/", exchange -> answer(exchange, delayMs));
		server.start();
		System.out.println("DelayBackend on 127.0.0.1:" + port + ", delay " + delayMs + " ms, " + threads + " threads");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop(0);
			pool.shutdownNow();
		}));
	}

	private static void answer(HttpExchange exchange, long delayMs) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			body.readAllBytes();
			if (!"GET".equals(exchange.getRequestMethod())) {
				exchange.getResponseHeaders().set("Allow", "GET");
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			if (delayMs > 0) {
				try {
					Thread.sleep(delayMs);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					exchange.sendResponseHeaders(503, -1);
					return;
				}
			}
			String path = exchange.getRequestURI().getPath();
			String id = path.substring(path.lastIndexOf('/') + 1);
			byte[] json = ("{\"id\":\"" + id + "\",\"name\":\"劲松北社区\",\"districtCode\":\"110105\","
					+ "\"streetCode\":\"110105017\",\"buildYear\":1978,\"status\":\"REGISTERED\"}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, json.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(json);
			}
		}
	}

}
