package cn.bjrenovation.housing.construction.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.housing.construction.application.AttachingPhoto;
import cn.bjrenovation.housing.construction.application.ReadingMonthlyProgress;
import cn.bjrenovation.housing.construction.application.ReadingMonthlyProgress.MonthlyProgress;
import cn.bjrenovation.housing.construction.application.ReadingPhoto;
import cn.bjrenovation.housing.construction.application.ReportProgressCommand;
import cn.bjrenovation.housing.construction.application.ReportingProgress;
import cn.bjrenovation.housing.construction.domain.ProgressPhoto;
import cn.bjrenovation.housing.construction.domain.ProgressReport;
import cn.bjrenovation.housing.construction.domain.ProgressReport.ItemProgress;
import cn.bjrenovation.housing.construction.domain.ProgressReports.PhotoContent;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.content.Checksums;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.PayloadTooLargeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 施工进度: the district's progress reports on a project under construction, their photos (multipart {@code file},
 * JPEG, PNG or PDF, served back with {@code X-Checksum-SHA256}), and each district's monthly figures (月度调度).
 */
@RestController
class ProgressController {

	private final ReportingProgress reporting;

	private final AttachingPhoto attaching;

	private final ReadingPhoto readingPhoto;

	private final ReadingMonthlyProgress monthly;

	ProgressController(ReportingProgress reporting, AttachingPhoto attaching, ReadingPhoto readingPhoto,
			ReadingMonthlyProgress monthly) {
		this.reporting = reporting;
		this.attaching = attaching;
		this.readingPhoto = readingPhoto;
		this.monthly = monthly;
	}

	@PostMapping("/api/housing/projects/{projectId}/progress")
	ResponseEntity<ReportResponse> report(Caller caller, @PathVariable String projectId,
			@RequestBody ReportRequest request) {
		ProjectId id = ProjectId.parse(projectId, "projectId");
		ProgressReport report = reporting.report(caller, id,
				ReportProgressCommand.of(request.reportedOn(), request.items(), request.note()));
		return ResponseEntity.created(URI.create("/api/housing/projects/" + id + "/progress/" + report.id()))
			.body(ReportResponse.of(report));
	}

	@PostMapping(path = "/api/housing/projects/{projectId}/progress/{reportId}/photos",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<PhotoResponse> attach(Caller caller, @PathVariable String projectId, @PathVariable String reportId,
			@RequestPart("file") MultipartFile file) throws IOException {
		ProjectId id = ProjectId.parse(projectId, "projectId");
		UUID report = uuid(reportId, "reportId");
		long limit = attaching.limit();
		if (file.getSize() > limit) {
			throw new PayloadTooLargeException("photo", limit);
		}
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		ProgressPhoto photo = attaching.attach(caller, id, report, content);
		return ResponseEntity
			.created(URI.create("/api/housing/projects/" + id + "/progress/" + report + "/photos/" + photo.id()))
			.body(PhotoResponse.of(photo));
	}

	@GetMapping("/api/housing/projects/{projectId}/progress/{reportId}/photos/{photoId}")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable String projectId, @PathVariable String reportId,
			@PathVariable String photoId) {
		PhotoContent photo = readingPhoto.read(caller, ProjectId.parse(projectId, "projectId"),
				uuid(reportId, "reportId"), uuid(photoId, "photoId"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.photo().mediaType()))
			.header(Checksums.HEADER, photo.photo().sha256())
			.eTag("\"" + photo.photo().sha256() + "\"")
			.body(photo.content());
	}

	@GetMapping("/api/housing/progress/monthly")
	MonthlyProgress monthly(Caller caller, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer month) {
		return monthly.read(caller, year, month);
	}

	private static UUID uuid(String text, String field) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not an id (a UUID)");
		}
	}

	record ReportRequest(String reportedOn, List<ReportProgressCommand.Item> items, String note) {
	}

	record ReportResponse(String id, String projectId, String reportedOn, List<ItemProgress> items, String note,
			boolean complete) {

		static ReportResponse of(ProgressReport report) {
			return new ReportResponse(report.id().toString(), report.projectId().toString(),
					report.reportedOn().toString(), report.items(), report.note(), report.complete());
		}

	}

	record PhotoResponse(String id, String sha256, int size, String mediaType) {

		static PhotoResponse of(ProgressPhoto photo) {
			return new PhotoResponse(photo.id().toString(), photo.sha256(), photo.size(), photo.mediaType());
		}

	}

}
