package cn.bjrenovation.housing.audit.application;

import java.util.List;
import java.util.regex.Pattern;

import cn.bjrenovation.housing.audit.domain.AuditChain;
import cn.bjrenovation.housing.audit.domain.AuditEntry;
import cn.bjrenovation.housing.audit.domain.AuditQuery;
import cn.bjrenovation.housing.audit.domain.AuditTrailRecords;
import cn.bjrenovation.housing.audit.domain.Verification;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The joint-conference office's view of the trail: search it, and check that nobody has altered it. */
@Service
public class ReadingAuditTrail {

	static final int MAX_PAGE = 500;

	private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

	private final AuditTrailRecords records;

	ReadingAuditTrail(AuditTrailRecords records) {
		this.records = records;
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> find(AuditQuery query) {
		if (query.limit() < 1 || query.limit() > MAX_PAGE) {
			throw new InvalidInputException("limit", query.limit() + " is not between 1 and " + MAX_PAGE);
		}
		if (query.trace() != null && !TRACE_ID.matcher(query.trace()).matches()) {
			throw new InvalidInputException("trace", "is not a W3C trace id (32 lowercase hex digits, as in traceparent)");
		}
		return records.find(query);
	}

	@Transactional(readOnly = true)
	public Verification verify() {
		return records.readAll(links -> AuditChain.verify(links.iterator()));
	}

}
