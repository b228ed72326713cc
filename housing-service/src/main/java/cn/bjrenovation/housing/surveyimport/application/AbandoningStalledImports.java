package cn.bjrenovation.housing.surveyimport.application;

import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * An import runs in the service instance that received it; one that stopped making progress was cut off when its
 * instance stopped. Its committed chunks stay; running the file again imports the rest. Checked at start-up and
 * every minute.
 */
@Service
public class AbandoningStalledImports {

	private final SurveyImports imports;

	AbandoningStalledImports(SurveyImports imports) {
		this.imports = imports;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	public void abandonStalledImports() {
		imports.abandonStalled("the service stopped during the import; rows before the stop are kept, "
				+ "and running the file again imports the rest");
	}

}
