package cn.bjrenovation.housing.community.grpc;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Threads that read the database for community streams; more concurrent streams than threads wait their turn. */
@Configuration(proxyBeanMethods = false)
class CommunityStreamsConfiguration {

	static final int CONCURRENT_STREAMS = 4;

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService communityStreams() {
		AtomicInteger number = new AtomicInteger();
		return Executors.newFixedThreadPool(CONCURRENT_STREAMS, work -> {
			Thread thread = new Thread(work, "community-stream-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
