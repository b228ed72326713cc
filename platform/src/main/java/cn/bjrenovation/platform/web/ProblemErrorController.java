package cn.bjrenovation.platform.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's {@code /error} for what goes wrong outside Spring MVC — an exception in a filter, a status sent by
 * the security chain — answered as problem+json like everything else, never with the exception's text or trace.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	@RequestMapping(produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value && value >= 400 ? value : HttpStatus.NOT_FOUND.value();
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		String kind = ProblemKinds.forStatus(status);
		ProblemDetail problem;
		if (status >= 500) {
			String reference = UUID.randomUUID().toString().replace("-", "");
			log.error("internal error {} on {} {}", reference, request.getMethod(),
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
			problem = ProblemKinds.problem(HttpStatusCode.valueOf(status), kind,
					"internal error; quote reference " + reference + " when reporting it");
			problem.setProperty("reference", reference);
		}
		else {
			problem = ProblemKinds.problem(HttpStatusCode.valueOf(status), kind, status == 404
					? "nothing at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
					: "the request was refused");
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemKinds.members(problem));
	}

}
