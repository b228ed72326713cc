package cn.bjrenovation.platform.web;

import java.io.IOException;
import java.util.function.Supplier;

import cn.bjrenovation.platform.envelope.TraceContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries the request's W3C {@code traceparent} through the request and into its events: the span of the request
 * (Micrometer's HTTP server observation, which runs just outside this filter and continues the caller's trace) when
 * tracing is on, the caller's header (or a new one) otherwise.
 */
public class TraceContextFilter extends OncePerRequestFilter {

	static final String TRACEPARENT = "traceparent";

	private final Supplier<String> currentSpan;

	/** @param currentSpan the current span's {@code traceparent}, or null when there is none */
	public TraceContextFilter(Supplier<String> currentSpan) {
		this.currentSpan = currentSpan;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String span = currentSpan.get();
		try (TraceContext.Entered trace = TraceContext.enter(span != null ? span : request.getHeader(TRACEPARENT))) {
			response.setHeader(TRACEPARENT, TraceContext.currentOrNew());
			chain.doFilter(request, response);
		}
	}

}
