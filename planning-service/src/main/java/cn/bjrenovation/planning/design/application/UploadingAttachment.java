package cn.bjrenovation.planning.design.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.bjrenovation.planning.design.domain.Attachment;
import cn.bjrenovation.planning.design.domain.Attachments;
import cn.bjrenovation.planning.design.domain.DesignAction;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.content.Checksums;
import cn.bjrenovation.platform.content.MediaTypes;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.PayloadTooLargeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planner attaches a drawing or minutes to a case that can still take a scheme. The file's type is told from its
 * content (PDF, PNG, JPEG, DWG, DXF); a declared type that disagrees is refused naming both. Stored with its size and
 * SHA-256, which a download answers with the same bytes.
 */
@Service
public class UploadingAttachment {

	static final String OPERATION = "planning.design.attachment.upload";

	private final DesignAccess access;

	private final Attachments attachments;

	private final DesignSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	UploadingAttachment(DesignAccess access, Attachments attachments, DesignSettings settings, AuditTrail audit,
			Clock clock) {
		this.access = access;
		this.attachments = attachments;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The largest attachment accepted, bytes: the door reads no more than one byte beyond it. */
	public long limit() {
		return settings.maxAttachmentSize().toBytes();
	}

	/**
	 * @throws PayloadTooLargeException when the content exceeds {@link #limit()}
	 * @throws InvalidInputException on {@code content} when it is empty, of a type not accepted, or not the type
	 * declared
	 */
	@Transactional
	public Attachment upload(Caller caller, UploadAttachmentCommand command, byte[] content) {
		DesignCase designCase = access.visible(caller, OPERATION, command.projectId());
		designCase.requireAllowed(DesignAction.SUBMIT);
		if (content.length > limit()) {
			throw new PayloadTooLargeException("attachment " + command.fileName(), limit());
		}
		if (content.length == 0) {
			throw new InvalidInputException("content", "the file is empty");
		}
		String sniffed = MediaTypes.sniff(content)
			.orElseThrow(() -> new InvalidInputException("content", "the content of " + command.fileName()
					+ " is none of the accepted types " + String.join(", ", MediaTypes.ACCEPTED)));
		if (!MediaTypes.agrees(command.declaredType(), sniffed)) {
			throw new InvalidInputException("Content-Type", "declared " + command.declaredType() + " but the content of "
					+ command.fileName() + " is " + sniffed);
		}
		Attachment attachment = new Attachment(UUID.randomUUID(), command.projectId(), command.kind(), command.fileName(),
				sniffed, content.length, Checksums.sha256(content), caller.subject(),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		attachments.add(attachment, content);
		audit.changed(OPERATION, command.projectId(), "attached " + attachment.id() + " " + attachment.fileName() + " ("
				+ sniffed + ", " + content.length + " bytes, sha256 " + attachment.sha256() + ")");
		return attachment;
	}

}
