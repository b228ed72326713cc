package cn.bjrenovation.housing.process.application;

import java.util.EnumMap;
import java.util.Map;

import cn.bjrenovation.housing.process.domain.JourneyStep;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The renovation journey's deadlines (application.yml, {@code renovation.housing.process.deadlines}): how many working
 * days (Mon–Fri) each step may stay open before it is an overdue item. A step without one (PLANNED: a reserved project
 * waits for a year's plan) is never overdue. The defaults are the rhythm the plan implies, to be confirmed by the
 * joint-conference office.
 */
@Validated
@ConfigurationProperties("renovation.housing.process")
public record ProcessSettings(Map<JourneyStep, Integer> deadlines) {

	static final Map<JourneyStep, Integer> DEFAULTS = defaults();

	public ProcessSettings {
		Map<JourneyStep, Integer> merged = new EnumMap<>(DEFAULTS);
		if (deadlines != null) {
			deadlines.forEach((step, days) -> {
				if (days == null || days <= 0) {
					merged.remove(step);
				}
				else {
					merged.put(step, days);
				}
			});
		}
		deadlines = Map.copyOf(merged);
	}

	private static Map<JourneyStep, Integer> defaults() {
		Map<JourneyStep, Integer> days = new EnumMap<>(JourneyStep.class);
		days.put(JourneyStep.APPLIED, 20);
		days.put(JourneyStep.STREET_REVIEWED, 10);
		days.put(JourneyStep.DISTRICT_REVIEWED, 15);
		days.put(JourneyStep.MUNICIPAL_DECIDED, 20);
		days.put(JourneyStep.DESIGN_APPROVED, 40);
		days.put(JourneyStep.FUNDING_COMMITTED, 20);
		days.put(JourneyStep.PIPELINES_COORDINATED, 15);
		days.put(JourneyStep.CONSTRUCTION_STARTED, 20);
		days.put(JourneyStep.CONSTRUCTION_COMPLETED, 180);
		days.put(JourneyStep.ACCEPTED, 30);
		days.put(JourneyStep.LONG_TERM_MANAGED, 60);
		days.put(JourneyStep.FUNDING_VOIDED, 5);
		days.put(JourneyStep.WINDOWS_RELEASED, 5);
		days.put(JourneyStep.FUNDING_BACK_TO_DRAFT, 5);
		return days;
	}

}
