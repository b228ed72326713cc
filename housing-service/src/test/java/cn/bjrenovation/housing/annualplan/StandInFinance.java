package cn.bjrenovation.housing.annualplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityResponse;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.stub.StreamObserver;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * finance-service as housing calls it — {@code GetFiscalCapacity} over gRPC — served by the test on a port of its
 * own: each year's available budget as the test sets it (plenty otherwise); stopped and started again on the same port
 * to see housing cope with finance being down.
 */
public final class StandInFinance {

	/** Plenty, unless a test sets its year's capacity. */
	public static final long AMPLE_FEN = 1_000_000_000_000L;

	private static StandInFinance shared;

	private final Map<Integer, Long> capacities = new ConcurrentHashMap<>();

	private final int port;

	private Server server;

	private StandInFinance(int port) {
		this.port = port;
	}

	/**
	 * The one stand-in of this test JVM, started on first use, with housing's {@code finance} channel pointed at it in
	 * the context being made (call from a {@code @DynamicPropertySource} method).
	 */
	public static synchronized StandInFinance pointHousingAt(DynamicPropertyRegistry registry) {
		if (shared == null) {
			shared = start();
		}
		shared.register(registry);
		return shared;
	}

	/** Started on a free port. */
	public static StandInFinance start() {
		try (ServerSocket free = new ServerSocket(0)) {
			StandInFinance finance = new StandInFinance(free.getLocalPort());
			free.close();
			finance.restart();
			return finance;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Points housing's {@code finance} channel here, its circuit breaker quick to let calls through again. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.grpc.client.channels.finance.address", () -> "static://127.0.0.1:" + port);
		registry.add("resilience4j.circuitbreaker.instances.finance.wait-duration-in-open-state", () -> "1s");
	}

	/** What finance reports available for the year from now on, in fen. */
	public void capacity(int year, long availableFen) {
		capacities.put(year, availableFen);
	}

	/** Serves (again) on its port. */
	public void restart() throws IOException {
		server = ServerBuilder.forPort(port).addService(new FiscalCapacityServiceGrpc.FiscalCapacityServiceImplBase() {

			@Override
			public void getFiscalCapacity(GetFiscalCapacityRequest request,
					StreamObserver<GetFiscalCapacityResponse> response) {
				long available = capacities.getOrDefault(request.getYear(), AMPLE_FEN);
				response.onNext(GetFiscalCapacityResponse.newBuilder()
					.setYear(request.getYear())
					.setBudgetedFen(available + 500)
					.setAvailableFen(available)
					.setBudgetLines(2)
					.build());
				response.onCompleted();
			}

		}).build().start();
	}

	public void stop() throws InterruptedException {
		server.shutdownNow().awaitTermination();
	}

}
