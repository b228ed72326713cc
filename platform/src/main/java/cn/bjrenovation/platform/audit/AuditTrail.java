package cn.bjrenovation.platform.audit;

import cn.bjrenovation.platform.envelope.AuditRecorded;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.security.CurrentCaller;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Records a state change for the audit trail — who (the current caller), what (the operation and its
 * target), when, and the outcome — in the same transaction as the change: the record leaves through the
 * outbox only if the change commits.
 */
public class AuditTrail {

	private final ApplicationEventPublisher events;

	private final String source;

	public AuditTrail(ApplicationEventPublisher events, String source) {
		this.events = events;
		this.source = source;
	}

	/** Call inside the changing transaction, after the change. */
	public void changed(String operation, Object target, String outcome) {
		changed(CurrentCaller.get(), operation, target, outcome);
	}

	/** As {@link #changed(String, Object, String)}, for work done on a caller's behalf off its request thread. */
	public void changed(Caller caller, String operation, Object target, String outcome) {
		events.publishEvent(new AuditRecorded(EventMetadata.capture(), source, "change", caller.subject(),
				caller.role().name(), caller.scopeTerm(), operation, String.valueOf(target), outcome));
	}

}
