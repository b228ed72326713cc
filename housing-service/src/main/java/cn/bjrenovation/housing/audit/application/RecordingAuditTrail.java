package cn.bjrenovation.housing.audit.application;

import cn.bjrenovation.housing.audit.domain.AuditChain;
import cn.bjrenovation.housing.audit.domain.AuditEntry;
import cn.bjrenovation.housing.audit.domain.AuditTrailRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends each audited act of the suite to the chain, one at a time, in the order they arrive. */
@Service
public class RecordingAuditTrail {

	private final AuditTrailRecords records;

	RecordingAuditTrail(AuditTrailRecords records) {
		this.records = records;
	}

	/** Runs inside the consumer's transaction, with the redelivery check. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(AuditEntry act) {
		records.append(AuditChain.link(act, records.lockHead()));
	}

}
