package cn.bjrenovation.housing.surveyimport.application;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Survey imports run one at a time in the background: they serialise on the database anyway. */
@Configuration(proxyBeanMethods = false)
class SurveyImportExecutorConfiguration {

	@Bean(destroyMethod = "shutdownNow")
	ExecutorService surveyImports() {
		return thread("survey-import");
	}

	/** Writes the chunks the import thread has checked, so checking and writing overlap. */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService surveyImportWriter() {
		return thread("survey-import-writer");
	}

	private static ExecutorService thread(String name) {
		return Executors.newSingleThreadExecutor(work -> {
			Thread thread = new Thread(work, name);
			thread.setDaemon(true);
			return thread;
		});
	}

}
