package cn.bjrenovation.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Operation;
import io.grpc.BindableService;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Fails the start of every service under test whose endpoints and duty policy disagree: a REST route under
 * {@code /api/} or an RPC without a policy entry, or a policy entry for this service with no endpoint behind
 * it. The policy grows with every endpoint, or the build is red.
 */
public class PolicyCoverage implements ApplicationListener<ContextRefreshedEvent> {

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		List<String> problems = problems(event.getApplicationContext(), DutyPolicy.load());
		if (!problems.isEmpty()) {
			throw new IllegalStateException("endpoints and policy/duties.yml disagree:\n  " + String.join("\n  ", problems));
		}
	}

	static List<String> problems(ApplicationContext context, DutyPolicy policy) {
		Set<String> routes = restRoutes(context);
		Set<String> rpcs = rpcs(context);
		String service = context.getEnvironment().getRequiredProperty("spring.application.name").replace("-service", "");
		List<String> problems = new ArrayList<>();
		Set<String> listed = new TreeSet<>();
		for (Operation operation : policy.operations()) {
			if (operation.path() != null) {
				listed.add(route(operation.method(), operation.path()));
			}
		}
		routes.stream().filter(route -> !listed.contains(route)).forEach(route -> problems.add("no policy entry for " + route));
		rpcs.stream()
			.filter(rpc -> policy.forGrpc(rpc).isEmpty())
			.forEach(rpc -> problems.add("no policy entry for RPC " + rpc));
		for (Operation operation : policy.operations()) {
			if (operation.path() != null && (operation.path().startsWith("/api/" + service + "/")
					|| operation.path().startsWith(Operation.PUBLIC_PREFIX + service + "/"))
					&& !routes.contains(route(operation.method(), operation.path()))) {
				problems.add(operation.id() + " names " + operation.method() + " " + operation.path() + ", which "
						+ service + " does not serve");
			}
			if (operation.grpcMethod() != null && operation.grpcMethod().startsWith("cn.bjrenovation." + service + ".")
					&& !rpcs.contains(operation.grpcMethod())) {
				problems.add(operation.id() + " names RPC " + operation.grpcMethod() + ", which " + service
						+ " does not serve");
			}
		}
		return problems;
	}

	private static Set<String> restRoutes(ApplicationContext context) {
		Set<String> routes = new TreeSet<>();
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					routes.add(route(method.name(), pattern));
				}
			}
		}
		return routes;
	}

	private static Set<String> rpcs(ApplicationContext context) {
		Set<String> rpcs = new TreeSet<>();
		for (BindableService service : context.getBeansOfType(BindableService.class).values()) {
			service.bindService()
				.getMethods()
				.stream()
				.map(method -> method.getMethodDescriptor().getFullMethodName())
				.filter(name -> !name.startsWith("grpc."))
				.forEach(rpcs::add);
		}
		return rpcs;
	}

	/** Method and path with variables unnamed, so {@code {id}} and {@code {communityId}} compare equal. */
	private static String route(String method, String path) {
		return method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}");
	}

}
