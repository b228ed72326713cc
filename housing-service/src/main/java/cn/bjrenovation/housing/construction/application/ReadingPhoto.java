package cn.bjrenovation.housing.construction.application;

import java.util.UUID;

import cn.bjrenovation.housing.construction.domain.ProgressReports;
import cn.bjrenovation.housing.construction.domain.ProgressReports.PhotoContent;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A progress photo with its bytes, for those who may read the project; the same bytes as uploaded. */
@Service
public class ReadingPhoto {

	private final ScopedProjects projects;

	private final ProgressReports reports;

	ReadingPhoto(ScopedProjects projects, ProgressReports reports) {
		this.projects = projects;
		this.reports = reports;
	}

	@Transactional(readOnly = true)
	public PhotoContent read(Caller caller, ProjectId id, UUID reportId, UUID photoId) {
		projects.require(caller, ConstructionOperations.PHOTO_READ, id);
		reports.find(id, reportId).orElseThrow(() -> new NotFoundException("progress report", reportId));
		return reports.photo(reportId, photoId).orElseThrow(() -> new NotFoundException("photo", photoId));
	}

}
