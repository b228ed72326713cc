package cn.bjrenovation.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import cn.bjrenovation.devissuer.DevIssuer;

/**
 * The real infrastructure a test JVM shares: PostgreSQL, a Kafka broker and the dev OIDC issuer, each
 * started once on first use.
 */
public final class TestInfrastructure {

	private static TestPostgres postgres;

	private static TestKafka kafka;

	private static DevIssuer issuer;

	private TestInfrastructure() {
	}

	public static synchronized TestPostgres postgres() {
		if (postgres == null) {
			postgres = TestPostgres.start();
		}
		return postgres;
	}

	public static synchronized TestKafka kafka() {
		if (kafka == null) {
			kafka = TestKafka.start();
		}
		return kafka;
	}

	public static synchronized DevIssuer issuer() {
		if (issuer == null) {
			try {
				issuer = DevIssuer.startEphemeral();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return issuer;
	}

	/** A signed token for a role and its scope claims, e.g. {@code token("DISTRICT", "district", "110105")}. */
	public static String token(String role, String... scopeClaims) {
		return issuer().tokenFor(role, scopeClaims);
	}

}
