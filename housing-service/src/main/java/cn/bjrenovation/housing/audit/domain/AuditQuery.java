package cn.bjrenovation.housing.audit.domain;

/** Which acts to read from the trail; null fields do not filter. Keyset paging by position. */
public record AuditQuery(String subject, String operation, String source, String kind, String trace,
		long afterPosition, int limit) {
}
