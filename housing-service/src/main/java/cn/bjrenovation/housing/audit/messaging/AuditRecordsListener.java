package cn.bjrenovation.housing.audit.messaging;

import java.util.List;

import cn.bjrenovation.common.v1.AuditRecord;
import cn.bjrenovation.common.v1.EventEnvelope;
import cn.bjrenovation.housing.audit.application.RecordingAuditTrail;
import cn.bjrenovation.housing.audit.domain.AuditEntry;
import cn.bjrenovation.platform.envelope.AuditRecorded;
import cn.bjrenovation.platform.envelope.EventEnvelopes;
import cn.bjrenovation.platform.envelope.TraceContext;
import cn.bjrenovation.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import static cn.bjrenovation.platform.envelope.EventEnvelopes.text;

/**
 * Appends every audited act of the suite — the gateway's calls and each service's state changes, all on the
 * single-partition topic {@code audit.records} — to the trail, once per event.
 */
@Component
class AuditRecordsListener {

	static final InboundEvents.Subscription<AuditRecord> AUDIT_RECORDED = new InboundEvents.Subscription<>(
			AuditRecorded.TYPE, 1, AuditRecord::parseFrom);

	private final InboundEvents inboundEvents;

	/** The one type read from {@code audit.records}: each record is parsed once, on its way to the trail. */
	private final InboundEvents.Dispatch dispatch;

	AuditRecordsListener(InboundEvents inboundEvents, RecordingAuditTrail recording) {
		this.inboundEvents = inboundEvents;
		this.dispatch = new InboundEvents.Dispatch().on(AUDIT_RECORDED,
				(envelope, act) -> recording.append(entry(envelope, act)));
	}

	@KafkaListener(topics = AuditRecorded.TOPIC)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		inboundEvents.handle(records, dispatch);
	}

	/** {@code 00-<trace id>-<span id>-<flags>}: the trace id is what the records of one call share. */
	private static String traceId(String traceparent) {
		return TraceContext.isValid(traceparent) ? traceparent.substring(3, 35) : null;
	}

	/** A record with a time no clock shows, or text no column holds (NUL), can never be appended: malformed. */
	private static AuditEntry entry(EventEnvelope envelope, AuditRecord act) {
		return new AuditEntry(0, envelope.getEventId(), EventEnvelopes.instant(envelope, act.getAt(), "at"),
				text(envelope, act.getSource(), "source"), text(envelope, act.getKind(), "kind"),
				text(envelope, act.getSubject(), "subject"), text(envelope, act.getRole(), "role"),
				text(envelope, act.getScope(), "scope"), text(envelope, act.getOperation(), "operation"),
				text(envelope, act.getTarget(), "target"), text(envelope, act.getOutcome(), "outcome"),
				traceId(envelope.getTraceparent()), null, null);
	}

}
