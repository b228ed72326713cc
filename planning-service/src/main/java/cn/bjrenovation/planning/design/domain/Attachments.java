package cn.bjrenovation.planning.design.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The attachments of design cases: metadata and bytes. */
public interface Attachments {

	void add(Attachment attachment, byte[] content);

	/** The attachment, if it belongs to the case. */
	Optional<Attachment> find(ProjectId projectId, UUID id);

	List<Attachment> attachedTo(ProjectId projectId);

	/** The bytes of an attachment that exists. */
	byte[] content(UUID id);

}
