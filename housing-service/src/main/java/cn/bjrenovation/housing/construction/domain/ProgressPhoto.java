package cn.bjrenovation.housing.construction.domain;

import java.time.Instant;
import java.util.UUID;

/** A photo (or scanned document) attached to a progress report, kept with its size and SHA-256. */
public record ProgressPhoto(UUID id, UUID reportId, String mediaType, int size, String sha256, String uploadedBy,
		Instant uploadedAt) {
}
