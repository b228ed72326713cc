package cn.bjrenovation.planning.design.application;

import java.util.UUID;

import cn.bjrenovation.planning.design.domain.Attachments;
import cn.bjrenovation.planning.design.domain.ProjectId;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives back an attachment's bytes, with its SHA-256, to whoever may read its case. */
@Service
public class DownloadingAttachment {

	static final String OPERATION = "planning.design.attachment.download";

	private final DesignAccess access;

	private final Attachments attachments;

	DownloadingAttachment(DesignAccess access, Attachments attachments) {
		this.access = access;
		this.attachments = attachments;
	}

	/** @throws NotFoundException for a case outside the caller's reach, or an attachment that is not the case's */
	@Transactional(readOnly = true)
	public AttachmentContent download(Caller caller, ProjectId projectId, UUID attachmentId) {
		access.visible(caller, OPERATION, projectId);
		var attachment = attachments.find(projectId, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		return new AttachmentContent(attachment, attachments.content(attachmentId));
	}

}
