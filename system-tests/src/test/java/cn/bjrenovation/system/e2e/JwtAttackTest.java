package cn.bjrenovation.system.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.housing.v1.GetCommunityRequest;
import cn.bjrenovation.platform.grpc.BearerCredentials;
import cn.bjrenovation.devissuer.DevIssuer;
import cn.bjrenovation.system.e2e.SuiteClient.Answer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged, stale and mis-addressed tokens, each tried on every door a caller can knock on: the gateway, housing's
 * REST port directly, and housing's gRPC port directly — a service must not trust that the gateway checked.
 * Each is aimed at a community a valid token can read, so a 401 means the token was refused, not the request.
 */
@Order(3)
class JwtAttackTest {

	/** Beyond any clock skew a validator allows (Spring's default is 60 s). */
	private static final Duration LONG_EXPIRED = Duration.ofMinutes(10);

	private static DevIssuer issuer;

	private static String communityId;

	private static SuiteClient gateway;

	private static SuiteClient housingRest;

	private static ManagedChannel housingGrpc;

	/** An attack: a name to read in the report and how to make its token (null: no Authorization at all). */
	record Attack(String name, Supplier<String> token) {
	}

	/** Where a call can enter the suite. */
	enum Door {

		GATEWAY("gateway"), HOUSING_REST("housing REST"), HOUSING_GRPC("housing gRPC");

		final String label;

		Door(String label) {
			this.label = label;
		}

	}

	/** What a door answered: an HTTP answer, or a gRPC status (OK when the call went through). */
	record Outcome(Answer http, Status grpc) {

		boolean isUnauthenticated() {
			return http != null ? http.status() == 401 : grpc.getCode() == Status.Code.UNAUTHENTICATED;
		}

		@Override
		public String toString() {
			return http != null ? http.status() + " " + http.body() : grpc.getCode() + " " + grpc.getDescription();
		}

	}

	@BeforeAll
	static void openDoors() {
		issuer = RunningSuite.get().issuer();
		gateway = RunningSuite.gateway();
		int housingHttp = RunningSuite.get().layout().departmentServices().get(0).httpPort();
		housingRest = new SuiteClient("http://127.0.0.1:" + housingHttp);
		housingGrpc = ManagedChannelBuilder
			.forAddress("127.0.0.1", RunningSuite.get().layout().departmentServices().get(0).grpcPort())
			.usePlaintext()
			.build();
		Answer registered = gateway.post("/api/housing/communities", RunningSuite.token("HOUSING"),
				SurveyedCommunity.inJinsong(SurveyedCommunity.uniqueName("令牌攻击靶小区")).json());
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		communityId = registered.text("$.id");
	}

	@AfterAll
	static void closeDoors() {
		if (housingGrpc != null) {
			housingGrpc.shutdownNow();
		}
	}

	/** The control: a valid token goes through every door, so the refusals below are the tokens' doing. */
	@TestFactory
	Stream<DynamicTest> aValidTokenIsAcceptedAtEveryDoor() {
		return Stream.of(Door.values())
			.map(door -> DynamicTest.dynamicTest("valid HOUSING token × " + door.label + " → accepted", () -> {
				Outcome outcome = knock(door, issuer.tokenFor("HOUSING"));
				assertThat(outcome.http() != null ? outcome.http().status() == 200 : outcome.grpc().isOk())
					.as(outcome.toString())
					.isTrue();
			}));
	}

	@TestFactory
	Stream<DynamicNode> forgedStaleAndMisaddressedTokensAreRefusedAt401AtEveryDoor() {
		return attacks().stream()
			.map(attack -> DynamicContainer.dynamicContainer(attack.name(), Stream.of(Door.values())
				.map(door -> DynamicTest.dynamicTest(attack.name() + " × " + door.label + " → 401", () -> {
					Outcome outcome = knock(door, attack.token().get());
					assertThat(outcome.isUnauthenticated()).as(outcome.toString()).isTrue();
				}))));
	}

	/**
	 * Validly signed, but the token names no usable caller. Either refusal is right — 401 (not a caller) or 403
	 * (a caller with no duty) — but a 403 must say what is missing, so the department can fix its token.
	 */
	@TestFactory
	Stream<DynamicNode> validlySignedTokensMissingTheCallersClaimsAreRefusedNamingTheProblem() {
		record Missing(String name, Supplier<String> token, String problem) {
		}
		List<Missing> missing = List.of(
				new Missing("no role claim", () -> issuer.mint("dev-nobody", Map.of()), "role"),
				new Missing("DISTRICT without its district claim", () -> issuer.tokenFor("DISTRICT"), "district"));
		return missing.stream()
			.map(token -> DynamicContainer.dynamicContainer(token.name(), Stream.of(Door.values())
				.map(door -> DynamicTest.dynamicTest(token.name() + " × " + door.label + " → refused", () -> {
					Outcome outcome = knock(door, token.token().get());
					if (outcome.http() != null) {
						assertThat(outcome.http().status()).as(outcome.toString()).isIn(401, 403);
						if (outcome.http().status() == 403) {
							assertThat(outcome.http().text("$.detail")).as(outcome.toString()).contains(token.problem());
						}
					}
					else {
						assertThat(outcome.grpc().getCode()).as(outcome.toString())
							.isIn(Status.Code.UNAUTHENTICATED, Status.Code.PERMISSION_DENIED);
						if (outcome.grpc().getCode() == Status.Code.PERMISSION_DENIED) {
							assertThat(outcome.grpc().getDescription()).as(outcome.toString()).contains(token.problem());
						}
					}
				}))));
	}

	private static List<Attack> attacks() {
		return List.of(new Attack("alg=none", () -> new PlainJWT(validClaims().build()).serialize()),
				new Attack("HS256 keyed with the RSA public key", JwtAttackTest::hmacWithThePublicKey),
				new Attack("expired 10 minutes ago", () -> issuer.sign(validClaims()
					.issueTime(Date.from(Instant.now().minus(LONG_EXPIRED).minus(Duration.ofHours(1))))
					.expirationTime(Date.from(Instant.now().minus(LONG_EXPIRED)))
					.build())),
				new Attack("wrong issuer", () -> issuer.sign(validClaims().issuer("https://issuer.evil.example").build())),
				new Attack("wrong audience", () -> issuer.sign(validClaims().audience("another-suite").build())),
				new Attack("FINANCE token with its role changed to HOUSING", JwtAttackTest::tamperedRole),
				new Attack("signed by another RSA key with the same kid", JwtAttackTest::signedByAnotherKey),
				new Attack("garbage", () -> "this-is-not-a-jwt"),
				new Attack("no Authorization", () -> null));
	}

	/** Everything a valid HOUSING token carries, for the attacks to break one thing at a time. */
	private static JWTClaimsSet.Builder validClaims() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(issuer.issuerUri())
			.subject("attacker")
			.audience(DevIssuer.AUDIENCE)
			.claim("role", "HOUSING")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString());
	}

	/**
	 * The algorithm-confusion attack: a verifier that takes the algorithm from the token would check this HMAC
	 * with the public key it already trusts as the secret.
	 */
	private static String hmacWithThePublicKey() {
		try {
			byte[] publicKey = issuer.signingKey().toRSAPublicKey().getEncoded();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuer.signingKey().getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), validClaims().build());
			jwt.sign(new MACSigner(publicKey));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A genuine FINANCE token whose payload is rewritten to HOUSING, header and signature kept. */
	private static String tamperedRole() {
		String[] parts = issuer.tokenFor("FINANCE").split("\\.");
		try {
			JWTClaimsSet claims = JWTClaimsSet.parse(new Base64URL(parts[1]).decodeToString());
			JWTClaimsSet tampered = new JWTClaimsSet.Builder(claims).claim("role", "HOUSING").build();
			return parts[0] + "." + Base64URL.encode(tampered.toString()) + "." + parts[2];
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Someone else's RSA key under the issuer's key id: the verifier must check the signature, not the kid. */
	private static String signedByAnotherKey() {
		try {
			RSAKey impostor = new RSAKeyGenerator(2048).keyID(issuer.signingKey().getKeyID()).generate();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(impostor.getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), validClaims().build());
			jwt.sign(new RSASSASigner(impostor));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Outcome knock(Door door, String token) {
		String path = "/api/housing/communities/" + communityId;
		return switch (door) {
			case GATEWAY -> new Outcome(gateway.get(path, token), null);
			case HOUSING_REST -> new Outcome(housingRest.get(path, token), null);
			case HOUSING_GRPC -> new Outcome(null, getCommunityOverGrpc(token));
		};
	}

	private static Status getCommunityOverGrpc(String token) {
		var stub = CommunityServiceGrpc.newBlockingStub(housingGrpc).withDeadlineAfter(5, TimeUnit.SECONDS);
		if (token != null) {
			stub = stub.withCallCredentials(BearerCredentials.of(token));
		}
		try {
			stub.getCommunity(GetCommunityRequest.newBuilder().setCommunityId(communityId).build());
			return Status.OK;
		}
		catch (StatusRuntimeException ex) {
			return ex.getStatus();
		}
	}

}
