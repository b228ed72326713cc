package cn.bjrenovation.platform.web;

import java.io.IOException;

import cn.bjrenovation.platform.envelope.TraceContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Carries the caller's W3C {@code traceparent} (or a new one) through the request and into its events. */
public class TraceContextFilter extends OncePerRequestFilter {

	static final String TRACEPARENT = "traceparent";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (TraceContext.Entered trace = TraceContext.enter(request.getHeader(TRACEPARENT))) {
			response.setHeader(TRACEPARENT, TraceContext.currentOrNew());
			chain.doFilter(request, response);
		}
	}

}
