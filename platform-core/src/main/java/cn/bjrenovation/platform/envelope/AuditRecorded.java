package cn.bjrenovation.platform.envelope;

import java.time.Instant;

import cn.bjrenovation.common.v1.AuditRecord;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;
import com.google.protobuf.Timestamp;

/**
 * An audited act, on its way to the trail through the outbox (so a committed change is never missing from
 * it). Published on {@code audit.records}, which housing-service appends to the hash-chained trail.
 */
public record AuditRecorded(EventMetadata metadata, String source, String kind, String subject, String role,
		String scope, String operation, String target, String outcome) implements IntegrationEvent {

	public static final String TOPIC = "audit.records";

	/** The record's name on the wire. */
	public static final String TYPE = "AuditRecorded";

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String aggregateId() {
		return source;
	}

	public AuditRecord toMessage() {
		return message(source, kind, metadata.occurredAt(), subject, role, scope, operation, target, outcome);
	}

	/** The wire form of an audited act, for producers that do not go through the outbox (the gateway). */
	public static AuditRecord message(String source, String kind, Instant at, String subject, String role,
			String scope, String operation, String target, String outcome) {
		return AuditRecord.newBuilder()
			.setSource(source)
			.setKind(kind)
			.setAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
			.setSubject(subject)
			.setRole(role)
			.setScope(scope)
			.setOperation(operation)
			.setTarget(target)
			.setOutcome(outcome)
			.build();
	}

}
