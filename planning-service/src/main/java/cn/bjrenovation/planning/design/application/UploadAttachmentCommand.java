package cn.bjrenovation.planning.design.application;

import cn.bjrenovation.planning.design.domain.AttachmentKind;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * An attachment's description as uploaded; its bytes travel beside it.
 *
 * @param declaredType the media type the client declared, or null: checked against the content, never trusted
 */
public record UploadAttachmentCommand(ProjectId projectId, AttachmentKind kind, String fileName, String declaredType) {

	public static final int MAX_FILE_NAME = 255;

	/** The name an attachment uploaded without one is kept under. */
	public static final String UNNAMED = "attachment";

	/**
	 * @param kind null for {@code OTHER_DOCUMENT}
	 * @param fileName null for {@link #UNNAMED}
	 * @throws InvalidInputException listing every bad field
	 */
	public static UploadAttachmentCommand of(String projectId, String kind, String fileName, String declaredType) {
		FieldCheck check = new FieldCheck();
		ProjectId id = check.parsed(() -> ProjectId.parse(projectId, "projectId"));
		AttachmentKind what = kind == null ? AttachmentKind.OTHER_DOCUMENT
				: Choices.of(kind, "kind", AttachmentKind.class, true, check);
		fileName = fileName == null ? UNNAMED : fileName;
		check.plainText(fileName, "fileName", MAX_FILE_NAME);
		check.require(fileName == null || !fileName.contains("/") && !fileName.contains("\\"), "fileName",
				"a file name, not a path");
		check.throwIfAny();
		return new UploadAttachmentCommand(id, what, fileName.strip(), declaredType);
	}

}
