package cn.bjrenovation.housing.construction.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.construction.domain.ProgressPhoto;
import cn.bjrenovation.housing.construction.domain.ProgressReport;
import cn.bjrenovation.housing.construction.domain.ProgressReports;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.content.Checksums;
import cn.bjrenovation.platform.content.MediaTypes;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.problems.PayloadTooLargeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district attaches a photo (JPEG, PNG) or a scan (PDF) to a progress report of its project. The type is told
 * from the content, never the name; it is stored in the database with its size and SHA-256.
 */
@Service
public class AttachingPhoto {

	/** What a progress report takes. */
	static final List<String> ACCEPTED = List.of(MediaTypes.JPEG, MediaTypes.PNG, MediaTypes.PDF);

	private final ScopedProjects projects;

	private final ProgressReports reports;

	private final ProgressSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	AttachingPhoto(ScopedProjects projects, ProgressReports reports, ProgressSettings settings, AuditTrail audit,
			Clock clock) {
		this.projects = projects;
		this.reports = reports;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The largest photo accepted, bytes. */
	public long limit() {
		return settings.maxPhotoSize().toBytes();
	}

	/**
	 * @throws PayloadTooLargeException over {@link #limit()}
	 * @throws InvalidInputException on {@code file} when it is empty or neither JPEG, PNG nor PDF
	 */
	@Transactional
	public ProgressPhoto attach(Caller caller, ProjectId id, UUID reportId, byte[] content) {
		projects.require(caller, ConstructionOperations.PHOTO_UPLOAD, id);
		ProgressReport report = reports.find(id, reportId)
			.orElseThrow(() -> new NotFoundException("progress report", reportId));
		if (content.length > limit()) {
			throw new PayloadTooLargeException("photo", limit());
		}
		if (content.length == 0) {
			throw new InvalidInputException("file", "the file is empty");
		}
		String type = MediaTypes.sniff(content, ACCEPTED)
			.orElseThrow(() -> new InvalidInputException("file",
					"the content is none of the accepted types " + String.join(", ", ACCEPTED)));
		ProgressPhoto photo = new ProgressPhoto(UUID.randomUUID(), report.id(), type, content.length,
				Checksums.sha256(content), caller.subject(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		reports.addPhoto(photo, content);
		audit.changed(ConstructionOperations.PHOTO_UPLOAD, id, "photo " + photo.id() + " of progress report "
				+ report.id() + " (" + type + ", " + content.length + " bytes, sha256 " + photo.sha256() + ")");
		return photo;
	}

}
