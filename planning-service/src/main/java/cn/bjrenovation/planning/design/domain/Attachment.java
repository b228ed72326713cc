package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A drawing or minutes of a design case, as stored: its media type sniffed from the content, its size and SHA-256.
 *
 * @param sha256 64 lower-case hex digits
 */
public record Attachment(UUID id, ProjectId projectId, AttachmentKind kind, String fileName, String mediaType,
		long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

	public Attachment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(uploadedBy, "uploadedBy");
		Objects.requireNonNull(uploadedAt, "uploadedAt");
	}

}
