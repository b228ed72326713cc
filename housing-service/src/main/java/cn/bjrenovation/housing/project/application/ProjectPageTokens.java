package cn.bjrenovation.housing.project.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectPage;
import cn.bjrenovation.platform.problems.InvalidInputException;

/** Opaque page tokens of the project list: the last project's application time (µs) and id. */
public final class ProjectPageTokens {

	private static final String PREFIX = "p1:";

	private ProjectPageTokens() {
	}

	public static String encode(ProjectPage.Cursor cursor) {
		if (cursor == null) {
			return null;
		}
		long micros = cursor.appliedAt().getEpochSecond() * 1_000_000 + cursor.appliedAt().getNano() / 1_000;
		String raw = PREFIX + micros + ":" + cursor.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** @throws InvalidInputException naming {@code field} when the token was not handed out by this list */
	static ProjectPage.Cursor decode(String token, String field) {
		if (token == null || token.isBlank()) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			String[] parts = raw.split(":", -1);
			if (parts.length != 3 || !raw.startsWith(PREFIX)) {
				throw new IllegalArgumentException("not a project page token");
			}
			long micros = Long.parseLong(parts[1]);
			return new ProjectPage.Cursor(
					Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L),
					new ProjectId(UUID.fromString(parts[2])));
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw new InvalidInputException(field, "is not a token this list handed out");
		}
	}

}
