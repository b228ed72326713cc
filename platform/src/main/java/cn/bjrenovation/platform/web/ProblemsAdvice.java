package cn.bjrenovation.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.bjrenovation.platform.identity.InvalidCallerException;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.Echo;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.problems.PayloadTooLargeException;
import cn.bjrenovation.platform.problems.RuleViolationException;
import cn.bjrenovation.platform.problems.UpstreamUnavailableException;
import cn.bjrenovation.platform.web.ControlCharacterJsonModule.ControlCharacterException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every refusal and failure as RFC 9457 problem+json: a stable {@code type}
 * ({@code https://bjrenovation.cn/problems/<kind>}), a bilingual {@code title} ({@link ProblemKinds}), and never the
 * text of a framework, parser or database exception. Field problems come as {@code errors: [{field, reason}]}, so
 * a console can show each next to its input. What Spring MVC refuses itself (404, 405, 406, 415, wrongly typed or
 * missing parameters, unreadable bodies) is answered the same way; anything unexpected is a 500 with a reference
 * to the logged failure.
 */
@RestControllerAdvice
public class ProblemsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemsAdvice.class);

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", ex.getMessage());
	}

	/** A rule of the plan refuses the request: 422 naming the rule and the field it concerns. */
	@ExceptionHandler
	ProblemDetail ruleViolated(RuleViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", ex.getMessage());
		problem.setProperty("rule", ex.rule());
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail payloadTooLarge(PayloadTooLargeException ex) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", ex.getMessage());
		problem.setProperty("limitBytes", ex.limitBytes());
		return problem;
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

	/** A unique constraint the use case did not check first (e.g. a race): the caller's conflict, told without SQL. */
	@ExceptionHandler
	ProblemDetail duplicate(DuplicateKeyException ex) {
		log.info("unique constraint refused a write: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "conflict", "this conflicts with a record that already exists");
	}

	/**
	 * Some requests are refused only when their parameters are first read: Spring Security's firewall refuses a form
	 * body whose parameter name holds a control character, Tomcat one that is not UTF-8. The caller's bad input, told
	 * without echoing it.
	 */
	@ExceptionHandler({ RequestRejectedException.class, InvalidParameterException.class })
	ResponseEntity<ProblemDetail> rejected(RuntimeException ex) {
		log.info("parameters refused: {}", Echo.cut(ex.getMessage(), 200));
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(invalid(List.of(new FieldProblem("parameters",
					"a parameter name or value holds characters that are refused (control characters, NUL, line breaks or "
							+ "bytes that are not UTF-8)"))));
	}

	/** Anything no handler expected — a bug, the database, a library: logged with a reference, told without its text. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, WebRequest request) {
		String reference = UUID.randomUUID().toString().replace("-", "");
		log.error("internal error {} on {}", reference, request.getDescription(false), ex);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"internal error; quote reference " + reference + " when reporting it");
		problem.setProperty("reference", reference);
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// a value that could not even be converted says what it must be, never the conversion's Java message
		List<FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(),
					error.isBindingFailure() ? kindOf(ex.getBindingResult().getFieldType(error.getField()))
							: error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
		return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, kindOf(ex.getRequiredType())))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(ex.getParameterName(), "is required"))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException json = cause(ex, JacksonException.class);
		if (json instanceof ControlCharacterException control) {
			return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(path(control), control.reason()))));
		}
		if (json instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return ResponseEntity.badRequest()
				.body(invalid(List.of(new FieldProblem(path(mismatch), kindOf(mismatch.getTargetType())))));
		}
		String detail;
		if (json instanceof StreamReadException read && read.getLocation() != null && read.getLocation().getLineNr() > 0) {
			detail = "the body is not valid JSON (line %d, column %d)".formatted(read.getLocation().getLineNr(),
					read.getLocation().getColumnNr());
		}
		else if (json != null) {
			detail = "the body is not valid JSON of the expected shape";
		}
		else {
			detail = "the request body is missing or cannot be read";
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input", detail));
	}

	/**
	 * Every answer Spring MVC builds itself (404, 405, 406, 415, ...) gets the suite's type and title; its detail
	 * is kept only where Spring writes it for people (method and media type), never for a 5xx.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Object uniform = body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
		if (uniform == null || uniform instanceof ProblemDetail framework && !framework.getType().toString().startsWith(ProblemKinds.BASE)) {
			int code = status.value();
			String detail = switch (code) {
				case 404 -> "nothing at " + path(request);
				case 405, 406, 415 -> uniform instanceof ProblemDetail framework ? framework.getDetail() : null;
				default -> code >= 500 ? "internal error" : "the request was refused";
			};
			if (code >= 500) {
				log.error("internal error on {}", request.getDescription(false), ex);
			}
			uniform = problem(status, ProblemKinds.forStatus(code), detail);
		}
		return super.handleExceptionInternal(ex, uniform, headers, status, request);
	}

	private static String path(WebRequest request) {
		return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "this path";
	}

	private static ProblemDetail problem(HttpStatusCode status, String type, String detail) {
		return ProblemKinds.problem(status, type, detail);
	}

	private static ProblemDetail invalid(List<FieldProblem> problems) {
		return ProblemKinds.withErrors(
				problem(HttpStatus.BAD_REQUEST, "invalid-input", new InvalidInputException(problems).getMessage()),
				problems);
	}

	/** The JSON path of the field, {@code a.b[2].c}, as the caller wrote it. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	/** What a value of that type must be, in words, never the Java type's name. */
	static String kindOf(Object type) {
		Class<?> raw = type instanceof Class<?> c ? c
				: type instanceof tools.jackson.databind.JavaType java ? java.getRawClass() : null;
		if (raw == null) {
			return "has the wrong form";
		}
		if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
				|| raw == Short.class || raw == byte.class || raw == Byte.class || raw == BigInteger.class) {
			return "must be a whole number";
		}
		if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
				|| raw == BigDecimal.class) {
			return "must be a number";
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return "must be true or false";
		}
		if (raw == String.class || raw == char.class || raw == Character.class) {
			return "must be text";
		}
		if (raw.isEnum()) {
			return "must be one of " + Arrays.stream(raw.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (raw == UUID.class) {
			return "must be an id (UUID)";
		}
		if (raw == LocalDate.class) {
			return "must be a date (yyyy-MM-dd)";
		}
		if (raw == Instant.class || raw == OffsetDateTime.class) {
			return "must be a date and time (ISO 8601, with offset)";
		}
		if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
			return "must be a list";
		}
		return "has the wrong form";
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
