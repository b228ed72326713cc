package cn.bjrenovation.housing.community;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.testing.LocalHttp;
import cn.bjrenovation.platform.testing.ServiceTest;
import cn.bjrenovation.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope column of the duty policy is what the service enforces: with a copy of the policy in which a district
 * reads communities city-wide, 朝阳 reads a 海淀 community it cannot see under the real policy (404, see
 * {@link CommunityRegistrationTest#chaoyangDoesNotSeeAHaidianCommunityUnderThePolicy}). Its own Spring context,
 * since the policy is read once at start-up.
 */
@ServiceTest
class ChangedPolicyTest {

	private static final String DISTRICT_GRANT = "- { role: DISTRICT, scope: district }";

	@Autowired
	LocalHttp http;

	@DynamicPropertySource
	static void changedPolicy(DynamicPropertyRegistry registry) {
		registry.add("renovation.policy.location", () -> "file:" + writeCopy());
	}

	@Test
	void aDistrictGrantedTheCityReadsAnotherDistrictsCommunity() {
		String haidian = http.post(TestInfrastructure.token("HOUSING"),
				Surveys.community("海淀小区" + Surveys.unique(), "110108", "110108001", 1985), "/api/housing/communities")
			.getBody()
			.get("id")
			.asText();

		var read = http.get(TestInfrastructure.token("DISTRICT", "district", "110105"),
				"/api/housing/communities/{id}", haidian);

		assertThat(read.getStatusCode().value()).as(String.valueOf(read.getBody())).isEqualTo(200);
		assertThat(read.getBody().get("districtCode").asText()).isEqualTo("110108");
	}

	/** The real policy with DISTRICT's scope on housing.community.read (and the lists sharing its grants) city. */
	private static String writeCopy() {
		String policy = policyText();
		String grant = readGrant();
		String changed = policy.replaceFirst(Pattern.quote(grant),
				grant.replace(DISTRICT_GRANT, "- { role: DISTRICT, scope: city }"));
		assertThat(changed).isNotEqualTo(policy);
		try {
			Path file = Files.createTempFile("duties-district-reads-city", ".yml");
			file.toFile().deleteOnExit();
			Files.writeString(file, changed, StandardCharsets.UTF_8);
			return file.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of housing.community.read's entry, from its id to its DISTRICT grant. */
	private static String readGrant() {
		String policy = policyText();
		int entry = policy.indexOf("- id: housing.community.read\n");
		int grant = policy.indexOf(DISTRICT_GRANT, entry);
		assertThat(entry).isNotNegative();
		assertThat(grant).isGreaterThan(entry);
		return policy.substring(entry, grant + DISTRICT_GRANT.length());
	}

	private static String policyText() {
		try (InputStream in = DutyPolicy.class.getClassLoader().getResourceAsStream(DutyPolicy.LOCATION)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
