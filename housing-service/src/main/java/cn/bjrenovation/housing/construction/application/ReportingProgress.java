package cn.bjrenovation.housing.construction.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.construction.domain.ProgressReport;
import cn.bjrenovation.housing.construction.domain.ProgressReports;
import cn.bjrenovation.housing.project.application.AdvancingProject;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district reports the progress of a project of its own district under construction; the report that brings
 * every wanted item to 100 completes construction (完工: CONSTRUCTION_COMPLETED, {@code ConstructionCompleted}).
 */
@Service
public class ReportingProgress {

	private final ScopedProjects projects;

	private final ProgressReports reports;

	private final AdvancingProject advancing;

	private final AuditTrail audit;

	private final Clock clock;

	ReportingProgress(ScopedProjects projects, ProgressReports reports, AdvancingProject advancing, AuditTrail audit,
			Clock clock) {
		this.projects = projects;
		this.reports = reports;
		this.advancing = advancing;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ProgressReport report(Caller caller, ProjectId id, ReportProgressCommand command) {
		RenovationProject project = projects.require(caller, ConstructionOperations.PROGRESS_REPORT, id);
		ProgressReport report = ProgressReport.of(UUID.randomUUID(), project, reports.lastPercents(id),
				command.reportedOn(), command.items(), command.note(), caller.subject(),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		reports.add(report);
		audit.changed(ConstructionOperations.PROGRESS_REPORT, id, "progress report " + report.id() + " of "
				+ report.reportedOn() + ": " + report.items().size() + " item(s)" + (report.complete() ? ", complete" : ""));
		if (report.complete()) {
			advancing.advance(caller, id, ProjectAction.COMPLETE_CONSTRUCTION, List.of());
		}
		return report;
	}

}
