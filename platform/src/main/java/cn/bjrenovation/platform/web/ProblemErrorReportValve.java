package cn.bjrenovation.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * What Tomcat answers itself — a request it refuses before any filter runs, e.g. a path holding {@code %00} —
 * as problem+json instead of its HTML error page (no server version, no stack trace).
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private final PathVariableNames pathVariables;

	ProblemErrorReportValve(PathVariableNames pathVariables) {
		this.pathVariables = pathVariables;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {

		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		java.util.concurrent.atomic.AtomicBoolean ioAllowed = new java.util.concurrent.atomic.AtomicBoolean(true);
		response.getCoyoteResponse().action(org.apache.coyote.ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String rawPath = request.getRequestURI();
		ProblemDetail problem;
		if (status == 400 && rawPath != null && rawPath.contains("%00")) {
			List<FieldProblem> problems = List.of(new FieldProblem(pathVariables.holdingControlCharacter(rawPath),
					"holds a control character (U+0000), which is not accepted"));
			problem = ProblemKinds.withErrors(ProblemKinds.problem(HttpStatus.BAD_REQUEST, "invalid-input",
					new InvalidInputException(problems).getMessage()), problems);
		}
		else {
			HttpStatusCode code = HttpStatusCode.valueOf(status);
			problem = ProblemKinds.problem(code, ProblemKinds.forStatus(status), status >= 500
					? "the service could not answer this request" : "the request was refused before it was read");
		}
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(new String(ProblemResponses.json(problem), StandardCharsets.UTF_8));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone: nothing left to tell
		}
	}

}
