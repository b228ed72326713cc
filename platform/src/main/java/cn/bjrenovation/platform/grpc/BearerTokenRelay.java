package cn.bjrenovation.platform.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Passes the caller's own token on to the service it calls, so the callee applies the duty policy to the
 * real caller (a district asking housing, which asks finance, is still that district).
 */
public class BearerTokenRelay implements ClientInterceptor {

	static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

	@Override
	public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(MethodDescriptor<ReqT, RespT> method,
			CallOptions options, Channel next) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String token = authentication instanceof JwtAuthenticationToken jwt ? jwt.getToken().getTokenValue() : null;
		return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
			@Override
			public void start(Listener<RespT> listener, Metadata headers) {
				if (token != null) {
					headers.put(AUTHORIZATION, "Bearer " + token);
				}
				super.start(listener, headers);
			}
		};
	}

}
