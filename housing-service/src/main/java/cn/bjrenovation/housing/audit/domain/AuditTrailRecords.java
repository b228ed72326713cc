package cn.bjrenovation.housing.audit.domain;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The stored trail: appended to, never changed. */
public interface AuditTrailRecords {

	/** The hash of the newest link, holding every other appender back until the caller's transaction ends. */
	String lockHead();

	void append(AuditEntry link);

	/** Acts matching the filter, oldest first, after {@code afterPosition}. */
	List<AuditEntry> find(AuditQuery query);

	/** Runs {@code reader} over every link in position order. */
	<T> T readAll(Function<Stream<AuditEntry>, T> reader);

}
