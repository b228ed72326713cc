package cn.bjrenovation.planning.design.application;

import cn.bjrenovation.planning.design.domain.Attachment;

/** An attachment with its bytes, exactly as uploaded. */
public record AttachmentContent(Attachment attachment, byte[] content) {
}
