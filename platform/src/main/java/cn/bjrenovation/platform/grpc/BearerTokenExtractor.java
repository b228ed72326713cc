package cn.bjrenovation.platform.grpc;

import io.grpc.Attributes;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import org.springframework.grpc.server.security.GrpcAuthenticationExtractor;
import org.springframework.grpc.server.security.GrpcSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * The bearer token of a gRPC call, read as Spring gRPC's {@code BearerTokenAuthenticationExtractor} reads it (the
 * {@code authorization} metadata, {@code Bearer } in any case, the rest is the token), without that extractor's
 * lower-cased copy of the whole header on every call: only the scheme is compared, ignoring case. Null when the call
 * carries no bearer token (the authorisation then refuses it unless its method is open).
 */
final class BearerTokenExtractor implements GrpcAuthenticationExtractor {

	private static final String SCHEME = "bearer ";

	@Override
	public Authentication extract(Metadata headers, Attributes attributes, MethodDescriptor<?, ?> method) {
		String authorization = headers.get(GrpcSecurity.AUTHORIZATION_KEY);
		if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		return new BearerTokenAuthenticationToken(authorization.substring(SCHEME.length()));
	}

}
