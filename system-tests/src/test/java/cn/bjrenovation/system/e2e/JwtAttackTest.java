package cn.bjrenovation.system.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.bjrenovation.devissuer.DevIssuer;
import cn.bjrenovation.finance.v1.FiscalCapacityServiceGrpc;
import cn.bjrenovation.finance.v1.GetFiscalCapacityRequest;
import cn.bjrenovation.housing.v1.CommunityServiceGrpc;
import cn.bjrenovation.housing.v1.GetCommunityRequest;
import cn.bjrenovation.localstack.StackLayout;
import cn.bjrenovation.pipeline.v1.ListStreetCommunitiesRequest;
import cn.bjrenovation.pipeline.v1.StreetCoordinationServiceGrpc;
import cn.bjrenovation.planning.v1.GetResponsiblePlannerRequest;
import cn.bjrenovation.planning.v1.PlannerServiceGrpc;
import cn.bjrenovation.platform.grpc.BearerCredentials;
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
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged, stale and mis-addressed tokens, each tried on every door a caller can knock on: the gateway, and each of
 * the four department services' own REST and gRPC ports — a service must not trust that the gateway checked. Each
 * door is aimed at something a valid token of the door's role can read, so a 401 (UNAUTHENTICATED) means the token
 * was refused, not the request.
 *
 * <p>Token lifetime: a token must say when it expires ({@code exp}: one without would never expire), and is not
 * usable before {@code nbf} nor when it claims to be issued in the future ({@code iat}), each with 30 s of clock
 * skew — at the gateway and at every service port alike.
 */
@Order(3)
class JwtAttackTest {

	/** Beyond any clock skew a validator allows (Spring's default is 60 s, the suite's 30 s). */
	private static final Duration LONG_EXPIRED = Duration.ofMinutes(10);

	/** Far beyond any clock skew: a token that is not valid yet, or claims to come from the future. */
	private static final Duration AN_HOUR = Duration.ofHours(1);

	private static final String JINSONG = "110105017";

	/** The planner serving 劲松, the same as {@code AuthorizationMatrixTest}'s, so assigning them again changes nothing. */
	private static final String PLANNER_OF_JINSONG = """
			{"plannerSubject":"dev-planner","plannerName":"矩阵规划师"}""";

	private static DevIssuer issuer;

	private static String communityId;

	private static final List<ManagedChannel> channels = new ArrayList<>();

	private static List<Door> doors;

	/** An attack: a name to read in the report and how to make its token for a role (null: no Authorization). */
	record Attack(String name, Function<String, String> token) {
	}

	/**
	 * Where a call can enter the suite, the role a valid token needs there and what it asks for.
	 * @param knock makes the call with a token (or none) and tells what the door answered
	 */
	record Door(String label, String role, Function<String, Outcome> knock) {
	}

	/** What a door answered: an HTTP answer, or a gRPC status (OK when the call went through). */
	record Outcome(Answer http, Status grpc) {

		boolean isUnauthenticated() {
			return http != null ? http.status() == 401 : grpc.getCode() == Status.Code.UNAUTHENTICATED;
		}

		boolean isAnswered() {
			return http != null ? http.status() == 200 : grpc.isOk();
		}

		@Override
		public String toString() {
			return http != null ? http.status() + " " + http.body() : grpc.getCode() + " " + grpc.getDescription();
		}

	}

	@BeforeAll
	static void openDoors() {
		issuer = RunningSuite.get().issuer();
		SuiteClient gateway = RunningSuite.gateway();
		Answer registered = gateway.post("/api/housing/communities", RunningSuite.token("HOUSING"),
				SurveyedCommunity.inJinsong(SurveyedCommunity.uniqueName("令牌攻击靶小区")).json());
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		communityId = registered.text("$.id");
		Answer planner = gateway.put("/api/planning/streets/" + JINSONG + "/planner", RunningSuite.token("PLANNING"),
				PLANNER_OF_JINSONG);
		assertThat(planner.status()).as(planner.body()).isEqualTo(200);
		int year = LocalDate.now().getYear();

		List<StackLayout.Service> services = RunningSuite.get().layout().departmentServices();
		SuiteClient housingRest = rest(services.get(0));
		SuiteClient financeRest = rest(services.get(1));
		SuiteClient planningRest = rest(services.get(2));
		SuiteClient pipelineRest = rest(services.get(3));
		ManagedChannel housingGrpc = grpc(services.get(0));
		ManagedChannel financeGrpc = grpc(services.get(1));
		ManagedChannel planningGrpc = grpc(services.get(2));
		ManagedChannel pipelineGrpc = grpc(services.get(3));
		String community = "/api/housing/communities/" + communityId;
		doors = List.of(new Door("gateway", "HOUSING", token -> new Outcome(gateway.get(community, token), null)),
				new Door("housing REST", "HOUSING", token -> new Outcome(housingRest.get(community, token), null)),
				new Door("housing gRPC", "HOUSING", token -> grpcOutcome(token,
						credentials -> withToken(CommunityServiceGrpc.newBlockingStub(housingGrpc), credentials)
							.getCommunity(GetCommunityRequest.newBuilder().setCommunityId(communityId).build()))),
				new Door("finance REST", "FINANCE",
						token -> new Outcome(financeRest.get("/api/finance/fiscal-capacity/" + year, token), null)),
				new Door("finance gRPC", "FINANCE", token -> grpcOutcome(token,
						credentials -> withToken(FiscalCapacityServiceGrpc.newBlockingStub(financeGrpc), credentials)
							.getFiscalCapacity(GetFiscalCapacityRequest.newBuilder().setYear(year).build()))),
				new Door("planning REST", "PLANNING", token -> new Outcome(
						planningRest.get("/api/planning/streets/" + JINSONG + "/planner", token), null)),
				new Door("planning gRPC", "PLANNING", token -> grpcOutcome(token,
						credentials -> withToken(PlannerServiceGrpc.newBlockingStub(planningGrpc), credentials)
							.getResponsiblePlanner(GetResponsiblePlannerRequest.newBuilder().setStreetCode(JINSONG).build()))),
				new Door("pipeline REST", "CITY_MGMT", token -> new Outcome(
						pipelineRest.get("/api/pipeline/streets/" + JINSONG + "/communities", token), null)),
				new Door("pipeline gRPC", "CITY_MGMT", token -> grpcOutcome(token,
						credentials -> withToken(StreetCoordinationServiceGrpc.newBlockingStub(pipelineGrpc), credentials)
							.listStreetCommunities(ListStreetCommunitiesRequest.newBuilder().setStreetCode(JINSONG).build()))));
	}

	@AfterAll
	static void closeDoors() {
		channels.forEach(ManagedChannel::shutdownNow);
	}

	/** The control: a valid token goes through every door, so the refusals below are the tokens' doing. */
	@TestFactory
	Stream<DynamicTest> aValidTokenIsAcceptedAtEveryDoor() {
		return doors.stream()
			.map(door -> DynamicTest.dynamicTest("valid " + door.role() + " token × " + door.label() + " → accepted",
					() -> {
						Outcome outcome = door.knock().apply(issuer.tokenFor(door.role()));
						assertThat(outcome.isAnswered()).as(outcome.toString()).isTrue();
					}));
	}

	@TestFactory
	Stream<DynamicNode> forgedStaleAndMisaddressedTokensAreRefusedAt401AtEveryDoor() {
		return attacks().stream()
			.map(attack -> DynamicContainer.dynamicContainer(attack.name(), doors.stream()
				.map(door -> DynamicTest.dynamicTest(attack.name() + " × " + door.label() + " → 401", () -> {
					Outcome outcome = door.knock().apply(attack.token().apply(door.role()));
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
			.map(token -> DynamicContainer.dynamicContainer(token.name(), doors.stream()
				.map(door -> DynamicTest.dynamicTest(token.name() + " × " + door.label() + " → refused", () -> {
					Outcome outcome = door.knock().apply(token.token().get());
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
		return List.of(new Attack("alg=none", role -> new PlainJWT(validClaims(role).build()).serialize()),
				new Attack("HS256 keyed with the RSA public key", JwtAttackTest::hmacWithThePublicKey),
				new Attack("expired 10 minutes ago", role -> issuer.sign(validClaims(role)
					.issueTime(Date.from(Instant.now().minus(LONG_EXPIRED).minus(AN_HOUR)))
					.expirationTime(Date.from(Instant.now().minus(LONG_EXPIRED)))
					.build())),
				// right key, issuer, audience and role: only the expiry is missing, so it would never expire
				new Attack("signed without exp", role -> issuer.sign(validClaims(role).expirationTime(null).build())),
				new Attack("nbf an hour in the future", role -> issuer.sign(validClaims(role)
					.notBeforeTime(Date.from(Instant.now().plus(AN_HOUR)))
					.expirationTime(Date.from(Instant.now().plus(AN_HOUR).plus(AN_HOUR)))
					.build())),
				new Attack("iat an hour in the future", role -> issuer.sign(validClaims(role)
					.issueTime(Date.from(Instant.now().plus(AN_HOUR)))
					.expirationTime(Date.from(Instant.now().plus(AN_HOUR).plus(AN_HOUR)))
					.build())),
				new Attack("wrong issuer",
						role -> issuer.sign(validClaims(role).issuer("https://issuer.evil.example").build())),
				new Attack("wrong audience", role -> issuer.sign(validClaims(role).audience("another-suite").build())),
				new Attack("a genuine token of another role with its role rewritten", JwtAttackTest::tamperedRole),
				new Attack("signed by another RSA key with the same kid", JwtAttackTest::signedByAnotherKey),
				new Attack("garbage", role -> "this-is-not-a-jwt"), new Attack("no Authorization", role -> null));
	}

	/** Everything a valid token of the role carries, for the attacks to break one thing at a time. */
	private static JWTClaimsSet.Builder validClaims(String role) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(issuer.issuerUri())
			.subject("attacker")
			.audience(DevIssuer.AUDIENCE)
			.claim("role", role)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString());
	}

	/**
	 * The algorithm-confusion attack: a verifier that takes the algorithm from the token would check this HMAC
	 * with the public key it already trusts as the secret.
	 */
	private static String hmacWithThePublicKey(String role) {
		try {
			byte[] publicKey = issuer.signingKey().toRSAPublicKey().getEncoded();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuer.signingKey().getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), validClaims(role).build());
			jwt.sign(new MACSigner(publicKey));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A genuine token of another role (HPF: no door's duty) whose payload is rewritten to the role, header and signature kept. */
	private static String tamperedRole(String role) {
		String[] parts = issuer.tokenFor("HPF").split("\\.");
		try {
			JWTClaimsSet claims = JWTClaimsSet.parse(new Base64URL(parts[1]).decodeToString());
			JWTClaimsSet tampered = new JWTClaimsSet.Builder(claims).claim("role", role).build();
			return parts[0] + "." + Base64URL.encode(tampered.toString()) + "." + parts[2];
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Someone else's RSA key under the issuer's key id: the verifier must check the signature, not the kid. */
	private static String signedByAnotherKey(String role) {
		try {
			RSAKey impostor = new RSAKeyGenerator(2048).keyID(issuer.signingKey().getKeyID()).generate();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(impostor.getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), validClaims(role).build());
			jwt.sign(new RSASSASigner(impostor));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The stub with a 5 s deadline, sending the credentials if there are any. */
	private static <S extends AbstractStub<S>> S withToken(S stub, CallCredentials credentials) {
		S bounded = stub.withDeadlineAfter(5, TimeUnit.SECONDS);
		return credentials == null ? bounded : bounded.withCallCredentials(credentials);
	}

	private static SuiteClient rest(StackLayout.Service service) {
		return new SuiteClient("http://127.0.0.1:" + service.httpPort());
	}

	private static ManagedChannel grpc(StackLayout.Service service) {
		ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", service.grpcPort()).usePlaintext().build();
		channels.add(channel);
		return channel;
	}

	/** A gRPC call with the token as bearer credentials (none when the token is null), and what it answered. */
	private static Outcome grpcOutcome(String token, Function<CallCredentials, Object> call) {
		try {
			call.apply(token == null ? null : BearerCredentials.of(token));
			return new Outcome(null, Status.OK);
		}
		catch (StatusRuntimeException ex) {
			return new Outcome(null, ex.getStatus());
		}
	}

}
