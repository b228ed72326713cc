package cn.bjrenovation.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.SignalType;

import static org.assertj.core.api.Assertions.assertThat;

/** The outcome written to the audit trail for each way a call can end. */
class CallAuditTest {

	@Test
	void answeredCallsAreAllowedRefusedOrFailedByTheirStatus() {
		assertThat(CallAudit.outcome(HttpStatus.OK, null, SignalType.ON_COMPLETE)).isEqualTo("allowed 200");
		assertThat(CallAudit.outcome(HttpStatus.FORBIDDEN, "DISTRICT lacks the duty", SignalType.ON_COMPLETE))
			.isEqualTo("refused 403: DISTRICT lacks the duty");
		assertThat(CallAudit.outcome(HttpStatus.NOT_FOUND, null, SignalType.ON_COMPLETE)).isEqualTo("refused 404");
		assertThat(CallAudit.outcome(HttpStatus.GATEWAY_TIMEOUT, null, SignalType.ON_COMPLETE)).isEqualTo("failed 504");
	}

	@Test
	void aCallEndingWithoutAnAnswerIsNeverRecordedAsAllowed() {
		assertThat(CallAudit.outcome(null, null, SignalType.ON_ERROR)).isEqualTo("failed 500");
		assertThat(CallAudit.outcome(null, null, SignalType.CANCEL)).isEqualTo("cancelled by the caller");
	}

}
