package cn.bjrenovation.gateway;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;

/**
 * A route's body limit ({@code BodyLimit=1MB}), held whatever the request says of its length: a declared
 * {@code Content-Length} above it is refused at once, and a body sent without one ({@code Transfer-Encoding:
 * chunked}) is counted as it streams through and cut off at the limit — the caller gets 413 problem+json and the
 * service an aborted request it cannot mistake for a whole one. Spring Cloud Gateway's own {@code RequestSize}
 * reads only the header, so a chunked body walked around it.
 */
class BodyLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<BodyLimitGatewayFilterFactory.Config> {

	BodyLimitGatewayFilterFactory() {
		super(Config.class);
	}

	/** @param maxSize the largest body the route accepts */
	public static class Config {

		private DataSize maxSize = DataSize.ofMegabytes(1);

		public DataSize getMaxSize() {
			return maxSize;
		}

		public void setMaxSize(DataSize maxSize) {
			this.maxSize = maxSize;
		}

	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("maxSize");
	}

	@Override
	public GatewayFilter apply(Config config) {
		long limit = config.getMaxSize().toBytes();
		return (exchange, chain) -> {
			if (exchange.getRequest().getHeaders().getContentLength() > limit) {
				return Refusals.tooLarge(exchange, config.getMaxSize());
			}
			ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
				@Override
				public Flux<DataBuffer> getBody() {
					AtomicLong seen = new AtomicLong();
					return super.getBody().map(buffer -> {
						if (seen.addAndGet(buffer.readableByteCount()) > limit) {
							DataBufferUtils.release(buffer);
							throw new BodyTooLarge();
						}
						return buffer;
					});
				}
			};
			return chain.filter(exchange.mutate().request(counted).build())
				.onErrorResume(failure -> !exchange.getResponse().isCommitted() && causedByTooLarge(failure),
						failure -> Refusals.tooLarge(exchange, config.getMaxSize()));
		};
	}

	private static boolean causedByTooLarge(Throwable failure) {
		for (Throwable cause = Exceptions.unwrap(failure); cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLarge) {
				return true;
			}
		}
		return false;
	}

	/** Raised inside the body stream when it passes the limit. */
	static final class BodyTooLarge extends RuntimeException {

		BodyTooLarge() {
			super("request body larger than the route's limit", null, false, false);
		}

	}

}
