package cn.bjrenovation.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real Redis behind a switch: a TCP relay on a local port to 127.0.0.1:6379 that can be cut (every connection
 * closed, new ones closed at once) and restored, so a test sees Redis stop answering and answer again.
 */
final class RedisSwitch implements AutoCloseable {

	private final ServerSocket server;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	RedisSwitch() {
		try {
			server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		daemon(this::accept);
	}

	int port() {
		return server.getLocalPort();
	}

	void cut() {
		cut = true;
		open.forEach(RedisSwitch::closeQuietly);
		open.clear();
	}

	void restore() {
		cut = false;
	}

	@Override
	public void close() {
		cut();
		closeQuietly(server);
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (cut) {
					closeQuietly(client);
					continue;
				}
				Socket redis = new Socket(InetAddress.getLoopbackAddress(), 6379);
				open.add(client);
				open.add(redis);
				daemon(() -> pump(client, redis));
				daemon(() -> pump(redis, client));
			}
			catch (IOException closed) {
				// the switch was closed, or Redis refused: the client sees its connection end
			}
		}
	}

	private void pump(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ended) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "redis-switch");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// closing anyway
		}
	}

}
