package cn.bjrenovation.housing.project.grpc;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Threads that poll watched projects for new transitions; a poll is short, so two serve many watches. */
@Configuration(proxyBeanMethods = false)
class ProjectWatchesConfiguration {

	static final int THREADS = 2;

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService projectWatches() {
		AtomicInteger number = new AtomicInteger();
		return Executors.newScheduledThreadPool(THREADS, work -> {
			Thread thread = new Thread(work, "project-watch-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
