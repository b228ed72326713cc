package cn.bjrenovation.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.platform.identity.InvalidCallerException;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.problems.UpstreamUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as RFC 9457 problem+json. Field problems come as {@code errors: [{field, reason}]}, so a
 * console can show each next to its input.
 */
@RestControllerAdvice
public class ProblemsAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		return withErrors(problem(HttpStatus.BAD_REQUEST, "invalid-input", ex.getMessage()), ex.problems());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(ForbiddenException ex) {
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "duty-refused", ex.getMessage());
		problem.setProperty("operation", ex.operation());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidCaller(InvalidCallerException ex) {
		return problem(HttpStatus.FORBIDDEN, "invalid-caller", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail upstreamUnavailable(UpstreamUnavailableException ex) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "upstream-unavailable", ex.getMessage());
		problem.setProperty("upstream", ex.upstream());
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		ProblemDetail body = withErrors(problem(HttpStatus.BAD_REQUEST, "invalid-input",
				new InvalidInputException(problems).getMessage()), problems);
		return ResponseEntity.badRequest().body(body);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://bjrenovation.cn/problems/" + type));
		return problem;
	}

	private static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> problems) {
		problem.setProperty("errors",
				problems.stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
		return problem;
	}

}
