package cn.bjrenovation.planning.design.domain;

/** What an attachment of a design case is: drawings (设计图纸), minutes (会议纪要), or another document. */
public enum AttachmentKind {

	DRAWING, MINUTES, OTHER_DOCUMENT

}
