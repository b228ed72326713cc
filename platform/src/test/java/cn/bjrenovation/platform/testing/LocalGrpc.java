package cn.bjrenovation.platform.testing;

import cn.bjrenovation.platform.grpc.BearerCredentials;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;

/** The port the service's real gRPC server bound in a test, and a plaintext channel to it over a socket. */
public class LocalGrpc implements ApplicationListener<GrpcServerStartedEvent>, AutoCloseable {

	private volatile int port = -1;

	private ManagedChannel channel;

	private int channelPort = -1;

	/**
	 * Every start of the server: Spring pauses a cached test context between test classes and restarts it when it is
	 * used again, and a restarted server binds a new random port.
	 */
	@Override
	public void onApplicationEvent(GrpcServerStartedEvent event) {
		port = event.getPort();
	}

	public int port() {
		if (port < 0) {
			throw new IllegalStateException("the gRPC server has not started");
		}
		return port;
	}

	/** A channel to the server's current port: a new one when the server has restarted on another port. */
	public synchronized ManagedChannel channel() {
		int current = port();
		if (channel == null || channelPort != current) {
			if (channel != null) {
				channel.shutdownNow();
			}
			channel = ManagedChannelBuilder.forAddress("127.0.0.1", current).usePlaintext().build();
			channelPort = current;
		}
		return channel;
	}

	/** Call credentials sending {@code token} as a bearer token, as a department system would. */
	public static CallCredentials bearer(String token) {
		return BearerCredentials.of(token);
	}

	@Override
	public synchronized void close() {
		if (channel != null) {
			channel.shutdownNow();
		}
	}

}
