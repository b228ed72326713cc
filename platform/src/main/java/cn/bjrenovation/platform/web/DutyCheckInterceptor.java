package cn.bjrenovation.platform.web;

import cn.bjrenovation.platform.policy.Decision;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.security.CurrentCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the duty policy again inside the service (defence in depth): a call that reaches the service
 * without passing the gateway is held to the same Annex 2 duties. Object scope is checked by the use case. A public
 * operation (公示, {@link DutyPolicy#publicOperation}) passes without a caller.
 */
public class DutyCheckInterceptor implements HandlerInterceptor {

	private final DutyPolicy policy;

	public DutyCheckInterceptor(DutyPolicy policy) {
		this.policy = policy;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String method = request.getMethod();
		if (policy.publicOperation(method, path).isPresent()) {
			return true;
		}
		Decision decision = policy.decide(CurrentCaller.get(), policy.forRequest(method, path),
				method + " " + path);
		if (decision instanceof Decision.Refused refused) {
			throw new ForbiddenException(refused.operationId(), refused.reason());
		}
		return true;
	}

}
