package cn.bjrenovation.planning;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;

import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.ServiceTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service started without {@code BIND_ADDRESS} listens on loopback only, HTTP and gRPC alike: on a shared host
 * nobody reaches it around the gateway (its rate limits and call audit). Containers set {@code 0.0.0.0}.
 */
@ServiceTest
class LoopbackBindingTest {

	@LocalServerPort
	int httpPort;

	@Autowired
	LocalGrpc grpc;

	@Test
	void bothPortsAnswerOnLoopback() throws IOException {
		for (int port : List.of(httpPort, grpc.port())) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
				assertThat(socket.isConnected()).isTrue();
			}
		}
	}

	@Test
	void bothPortsRefuseTheMachinesOtherAddresses() throws SocketException {
		List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.toList();
		Assumptions.assumeFalse(others.isEmpty(),
				"this machine has no address but loopback, so there is no other address to be refused on");
		for (InetAddress address : others) {
			for (int port : List.of(httpPort, grpc.port())) {
				assertThatThrownBy(() -> {
					try (Socket socket = new Socket()) {
						socket.connect(new InetSocketAddress(address, port), 2000);
					}
				}).as("port %d on %s", port, address).isInstanceOf(IOException.class);
			}
		}
	}

}
