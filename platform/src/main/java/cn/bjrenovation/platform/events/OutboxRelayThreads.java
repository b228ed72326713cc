package cn.bjrenovation.platform.events;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that send committed outbox entries to Kafka. Spring Modulith hands every entry to an {@code @Async}
 * listener; a service that declares an executor of its own (housing's survey imports, its gRPC streams) turns Spring
 * Boot's task pool off, and {@code @Async} then falls back to a new thread per call — an annual plan of 2,000
 * projects started 2,000 threads after its commit, each contending for the 8 database connections. Here the relay
 * has its own bounded pool in every service, named {@code outbox-N}, that finishes its queue on shutdown.
 */
final class OutboxRelayThreads implements AsyncConfigurer, DisposableBean {

	private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

	OutboxRelayThreads(int threads) {
		pool.setCorePoolSize(threads);
		pool.setMaxPoolSize(threads);
		pool.setThreadNamePrefix("outbox-");
		pool.setWaitForTasksToCompleteOnShutdown(true);
		pool.setAwaitTerminationSeconds(10);
		pool.initialize();
	}

	@Override
	public Executor getAsyncExecutor() {
		return pool;
	}

	@Override
	public void destroy() {
		pool.shutdown();
	}

}
