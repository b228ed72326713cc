package cn.bjrenovation.platform.grpc;

import java.util.concurrent.Executor;

import io.grpc.CallCredentials;
import io.grpc.Metadata;

/** Call credentials sending a JWT as {@code authorization: Bearer ...}, as every caller of the suite's gRPC must. */
public final class BearerCredentials extends CallCredentials {

	private final String token;

	private BearerCredentials(String token) {
		this.token = token;
	}

	public static CallCredentials of(String token) {
		return new BearerCredentials(token);
	}

	@Override
	public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
		Metadata headers = new Metadata();
		headers.put(BearerTokenRelay.AUTHORIZATION, "Bearer " + token);
		applier.apply(headers);
	}

}
