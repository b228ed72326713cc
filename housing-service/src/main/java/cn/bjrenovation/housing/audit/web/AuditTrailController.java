package cn.bjrenovation.housing.audit.web;

import java.util.List;

import cn.bjrenovation.housing.audit.application.ReadingAuditTrail;
import cn.bjrenovation.housing.audit.domain.AuditEntry;
import cn.bjrenovation.housing.audit.domain.AuditQuery;
import cn.bjrenovation.housing.audit.domain.Verification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/housing/audit-records")
class AuditTrailController {

	private final ReadingAuditTrail reading;

	AuditTrailController(ReadingAuditTrail reading) {
		this.reading = reading;
	}

	@GetMapping
	List<AuditEntry> find(@RequestParam(required = false) String subject,
			@RequestParam(required = false) String operation, @RequestParam(required = false) String source,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String trace,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
		return reading.find(new AuditQuery(subject, operation, source, kind, trace, after, limit));
	}

	@GetMapping("/verification")
	Verification verify() {
		return reading.verify();
	}

}
