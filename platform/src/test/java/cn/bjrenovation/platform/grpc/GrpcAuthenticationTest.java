package cn.bjrenovation.platform.grpc;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.finance.v1.GetFiscalCapacityResponse;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.testing.LocalGrpc;
import cn.bjrenovation.platform.testing.RealInfrastructureInitializer;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import com.nimbusds.jwt.JWTClaimsSet;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The gRPC port's authentication as a department system meets it, over a real socket with tokens of the real issuer:
 * every call's token is verified (a remembered token is only ever the same text, so a tampered copy of it is refused),
 * expiry and audience are checked, the scheme is read in any case, and the duty policy decides after it.
 */
@SpringBootTest(classes = GrpcAuthenticationTest.Application.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.application.name=grpc-authentication-test", "renovation.schema=grpc_authentication_test" })
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
@Import(LocalGrpc.class)
class GrpcAuthenticationTest {

	private static final GetFiscalCapacityRequest REQUEST = GetFiscalCapacityRequest.newBuilder().setYear(2026).build();

	@Autowired
	LocalGrpc grpc;

	@Test
	void callerWithTheDutyIsAnsweredAndItsTokenServesManyCalls() {
		String token = TestInfrastructure.token("FINANCE");
		for (int i = 0; i < 3; i++) {
			assertThat(call("Bearer " + token).getYear()).isEqualTo(2026);
		}
	}

	@Test
	void schemeIsReadInAnyCase() {
		assertThat(call("bearer " + TestInfrastructure.token("FINANCE")).getYear()).isEqualTo(2026);
		assertThat(call("BEARER " + TestInfrastructure.token("FINANCE")).getYear()).isEqualTo(2026);
	}

	@Test
	void callWithoutATokenOrWithAnotherSchemeIsUnauthenticated() {
		assertThat(refusal(null)).isEqualTo(Status.Code.UNAUTHENTICATED);
		assertThat(refusal("Basic ZmluYW5jZTpzZWNyZXQ=")).isEqualTo(Status.Code.UNAUTHENTICATED);
		assertThat(refusal("Bearer")).isEqualTo(Status.Code.UNAUTHENTICATED);
	}

	@Test
	void tamperedCopyOfATokenAlreadyVerifiedIsRefused() {
		String token = TestInfrastructure.token("FINANCE");
		call("Bearer " + token);
		String[] parts = token.split("\\.");
		String planner = TestInfrastructure.token("PLANNING").split("\\.")[1];
		// the accepted token's signature under another caller's claims, and its first signature character changed (not
		// the last: of a 256-byte signature's last base64url character only 2 bits count, so A and B decode alike)
		assertThat(refusal("Bearer " + parts[0] + "." + planner + "." + parts[2])).isEqualTo(Status.Code.UNAUTHENTICATED);
		String flipped = (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
		assertThat(refusal("Bearer " + parts[0] + "." + parts[1] + "." + flipped)).isEqualTo(Status.Code.UNAUTHENTICATED);
		assertThat(call("Bearer " + token).getYear()).isEqualTo(2026);
	}

	@Test
	void expiredTokenOrOneForAnotherAudienceIsUnauthenticated() {
		assertThat(refusal("Bearer " + signed(Instant.now().minusSeconds(60), List.of("renovation-suite"))))
			.isEqualTo(Status.Code.UNAUTHENTICATED);
		assertThat(refusal("Bearer " + signed(Instant.now().plusSeconds(600), List.of("another-suite"))))
			.isEqualTo(Status.Code.UNAUTHENTICATED);
		assertThat(call("Bearer " + signed(Instant.now().plusSeconds(600), List.of("renovation-suite"))).getYear())
			.isEqualTo(2026);
	}

	@Test
	void roleWithoutTheDutyIsPermissionDenied() {
		assertThat(refusal("Bearer " + TestInfrastructure.token("PLANNING"))).isEqualTo(Status.Code.PERMISSION_DENIED);
	}

	private static String signed(Instant expiry, List<String> audience) {
		return TestInfrastructure.issuer()
			.sign(new JWTClaimsSet.Builder().issuer(TestInfrastructure.issuer().issuerUri())
				.subject("dev-finance")
				.audience(audience)
				.issueTime(Date.from(Instant.now().minusSeconds(120)))
				.expirationTime(Date.from(expiry))
				.jwtID(UUID.randomUUID().toString())
				.claim(Caller.ROLE, "FINANCE")
				.build());
	}

	private GetFiscalCapacityResponse call(String authorization) {
		FiscalCapacityServiceGrpc.FiscalCapacityServiceBlockingStub stub = FiscalCapacityServiceGrpc
			.newBlockingStub(grpc.channel());
		if (authorization != null) {
			Metadata headers = new Metadata();
			headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), authorization);
			stub = stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
		}
		return stub.getFiscalCapacity(REQUEST);
	}

	private Status.Code refusal(String authorization) {
		return catchThrowableOfType(StatusRuntimeException.class, () -> call(authorization)).getStatus().getCode();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		FiscalCapacityServiceGrpc.FiscalCapacityServiceImplBase fiscalCapacity() {
			return new FiscalCapacityServiceGrpc.FiscalCapacityServiceImplBase() {
				@Override
				public void getFiscalCapacity(GetFiscalCapacityRequest request,
						StreamObserver<GetFiscalCapacityResponse> response) {
					response.onNext(GetFiscalCapacityResponse.newBuilder().setYear(request.getYear()).build());
					response.onCompleted();
				}
			};
		}

	}

}
