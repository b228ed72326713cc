package cn.bjrenovation.planning.design.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import cn.bjrenovation.planning.design.application.AttachmentContent;
import cn.bjrenovation.planning.design.application.DeterminingPermits;
import cn.bjrenovation.planning.design.application.DownloadingAttachment;
import cn.bjrenovation.planning.design.application.EvaluatingRenovation;
import cn.bjrenovation.planning.design.application.FindingDesignCase;
import cn.bjrenovation.planning.design.application.ListDesignCasesCommand;
import cn.bjrenovation.planning.design.application.ListingDesignCases;
import cn.bjrenovation.planning.design.application.RecordingOpinions;
import cn.bjrenovation.planning.design.application.ReviewingDesign;
import cn.bjrenovation.planning.design.application.SubmittingDesign;
import cn.bjrenovation.planning.design.application.UploadAttachmentCommand;
import cn.bjrenovation.planning.design.application.UploadingAttachment;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.planning.design.web.DesignRequests.EvaluationRequest;
import cn.bjrenovation.planning.design.web.DesignRequests.OpinionsRequest;
import cn.bjrenovation.planning.design.web.DesignRequests.PermitsRequest;
import cn.bjrenovation.planning.design.web.DesignRequests.ReviewRequest;
import cn.bjrenovation.planning.design.web.DesignRequests.SchemeRequest;
import cn.bjrenovation.planning.design.web.DesignResponses.AttachmentResponse;
import cn.bjrenovation.planning.design.web.DesignResponses.CaseResponse;
import cn.bjrenovation.planning.design.web.DesignResponses.EvaluationResponse;
import cn.bjrenovation.planning.design.web.DesignResponses.OpinionsResponse;
import cn.bjrenovation.planning.design.web.DesignResponses.PageResponse;
import cn.bjrenovation.planning.design.web.DesignResponses.PermitResponse;
import cn.bjrenovation.platform.content.Checksums;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Design cases (规划设计方案) of planned projects, known by the project's id: reads, residents' opinions, attachments,
 * scheme versions, the one-shot review, permits and the post-renovation evaluation. An attachment is uploaded as the
 * raw body (its declared Content-Type checked against the content); a download answers the same bytes with their
 * SHA-256 in {@code Repr-Digest} (RFC 9530) and {@code X-Checksum-SHA256} (hex).
 */
@RestController
@RequestMapping("/api/planning/design-cases")
class DesignCaseController {

	static final String CHECKSUM = Checksums.HEADER;

	private final FindingDesignCase finding;

	private final ListingDesignCases listing;

	private final RecordingOpinions opinions;

	private final UploadingAttachment uploading;

	private final DownloadingAttachment downloading;

	private final SubmittingDesign submitting;

	private final ReviewingDesign reviewing;

	private final DeterminingPermits permits;

	private final EvaluatingRenovation evaluating;

	DesignCaseController(FindingDesignCase finding, ListingDesignCases listing, RecordingOpinions opinions,
			UploadingAttachment uploading, DownloadingAttachment downloading, SubmittingDesign submitting,
			ReviewingDesign reviewing, DeterminingPermits permits, EvaluatingRenovation evaluating) {
		this.finding = finding;
		this.listing = listing;
		this.opinions = opinions;
		this.uploading = uploading;
		this.downloading = downloading;
		this.submitting = submitting;
		this.reviewing = reviewing;
		this.permits = permits;
		this.evaluating = evaluating;
	}

	@GetMapping
	PageResponse list(Caller caller, @RequestParam(required = false) String districtCode,
			@RequestParam(required = false) String streetCode, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer pageSize, @RequestParam(required = false) String pageToken) {
		return PageResponse.of(listing.list(caller, ListDesignCasesCommand.of(districtCode, streetCode, status, pageSize,
				pageToken, "districtCode", "streetCode", "status", "pageSize", "pageToken")));
	}

	@GetMapping("/{projectId}")
	CaseResponse get(Caller caller, @PathVariable String projectId) {
		return CaseResponse.of(finding.find(caller, ProjectId.parse(projectId, "projectId")));
	}

	@PostMapping("/{projectId}/opinions")
	@ResponseStatus(HttpStatus.CREATED)
	OpinionsResponse recordOpinions(Caller caller, @PathVariable String projectId, @RequestBody OpinionsRequest request) {
		return OpinionsResponse.of(opinions.record(caller, request.toCommand(projectId)));
	}

	/** The body is the file; {@code kind} and {@code fileName} come as query parameters. */
	@PostMapping("/{projectId}/attachments")
	@ResponseStatus(HttpStatus.CREATED)
	AttachmentResponse upload(Caller caller, @PathVariable String projectId,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String fileName,
			HttpServletRequest request) throws IOException {
		UploadAttachmentCommand command = UploadAttachmentCommand.of(projectId, kind, fileName, request.getContentType());
		long limit = uploading.limit();
		if (request.getContentLengthLong() > limit) {
			throw new PayloadTooLargeException("attachment " + command.fileName(), limit);
		}
		byte[] content;
		try (InputStream body = request.getInputStream()) {
			content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		return AttachmentResponse.of(uploading.upload(caller, command, content));
	}

	@GetMapping("/{projectId}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(Caller caller, @PathVariable String projectId, @PathVariable String attachmentId) {
		UUID id;
		try {
			id = UUID.fromString(attachmentId);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("attachmentId", "'" + attachmentId + "' is not an id (a UUID)");
		}
		AttachmentContent content = downloading.download(caller, ProjectId.parse(projectId, "projectId"), id);
		byte[] digest = HexFormat.of().parseHex(content.attachment().sha256());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.attachment().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(content.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
			.header(CHECKSUM, content.attachment().sha256())
			.body(content.content());
	}

	@PostMapping("/{projectId}/schemes")
	@ResponseStatus(HttpStatus.CREATED)
	CaseResponse submit(Caller caller, @PathVariable String projectId, @RequestBody SchemeRequest request) {
		return CaseResponse.of(submitting.submit(caller, request.toCommand(projectId)));
	}

	@PostMapping("/{projectId}/review")
	CaseResponse review(Caller caller, @PathVariable String projectId, @RequestBody ReviewRequest request) {
		return CaseResponse.of(reviewing.review(caller, request.toCommand(projectId)));
	}

	@PutMapping("/{projectId}/permits")
	java.util.List<PermitResponse> determinePermits(Caller caller, @PathVariable String projectId,
			@RequestBody PermitsRequest request) {
		return permits.determine(caller, request.toCommand(projectId)).stream().map(PermitResponse::of).toList();
	}

	@PutMapping("/{projectId}/evaluation")
	@ResponseStatus(HttpStatus.CREATED)
	EvaluationResponse evaluate(Caller caller, @PathVariable String projectId, @RequestBody EvaluationRequest request) {
		return EvaluationResponse.of(evaluating.evaluate(caller, request.toCommand(projectId)));
	}

}
