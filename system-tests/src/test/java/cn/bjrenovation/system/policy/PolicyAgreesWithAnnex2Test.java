package cn.bjrenovation.system.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.system.policy.Annex2Expectations.Disagreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The policy as data ({@code policy/duties.yml}) agrees with the division of duties written by hand from Annex 2
 * ({@code annex2-expectations.csv}): every operation × role, its answer, scope and condition. No suite needed.
 * And the check can fail: a copy of the policy with one grant wrong is reported as exactly that cell.
 */
class PolicyAgreesWithAnnex2Test {

	private static final Annex2Expectations ANNEX2 = Annex2Expectations.load();

	@Test
	void thePolicyGrantsExactlyWhatAnnex2Says() {
		List<Disagreement> disagreements = ANNEX2.disagreements(DutyPolicy.load());

		assertThat(disagreements)
			.as("%s disagrees with %s in %d cell(s):\n  %s", DutyPolicy.LOCATION, Annex2Expectations.LOCATION,
					disagreements.size(), disagreements.stream().map(Disagreement::toString).collect(Collectors.joining("\n  ")))
			.isEmpty();
	}

	@Test
	void theTableAnswersEveryRoleForEveryOperationOfThePolicy() {
		DutyPolicy policy = DutyPolicy.load();
		assertThat(ANNEX2.operations()).as("operations in %s", Annex2Expectations.LOCATION)
			.containsExactlyInAnyOrderElementsOf(policy.operations().stream().map(op -> op.id()).toList());
		for (String operation : ANNEX2.operations()) {
			assertThat(ANNEX2.forOperation(operation)).as(operation).hasSize(Role.values().length).doesNotContainNull();
		}
	}

	/** One grant wrong in a copy of the policy, and the one cell the check must report for it. */
	record Mistake(String name, UnaryOperator<String> edit, String operation, Role role, String actual) {

		@Override
		public String toString() {
			return name;
		}

	}

	static Stream<Arguments> mistakes() {
		return Stream.of(
				new Mistake("FINANCE added to housing.ledger.appraise",
						yaml -> addGrant(yaml, "housing.ledger.appraise", "FINANCE", "city"),
						"housing.ledger.appraise", Role.FINANCE, "allow:city"),
				new Mistake("OPERATOR added to the gRPC-only housing.community.stream",
						yaml -> replaceInOperation(yaml, "housing.community.stream", "allow: *community-readers",
								"allow:\n      - { role: OPERATOR, scope: utility }\n"
										+ "      - { role: HOUSING, scope: city }\n      - { role: DRC, scope: city }\n"
										+ "      - { role: PLANNING, scope: city }\n      - { role: CITY_MGMT, scope: city }\n"
										+ "      - { role: SASAC, scope: city }\n      - { role: FINANCE, scope: city }\n"
										+ "      - { role: CIVIL_AFFAIRS, scope: city }\n      - { role: HPF, scope: city }\n"
										+ "      - { role: DISTRICT, scope: district }\n      - { role: STREET, scope: street }\n"
										+ "      - { role: COMMUNITY_ORG, scope: community }"),
						"housing.community.stream", Role.OPERATOR, "allow:utility"),
				new Mistake("STREET dropped from planning.planner.read",
						yaml -> replaceInOperation(yaml, "planning.planner.read",
								"\n      - { role: STREET, scope: street }", ""),
						"planning.planner.read", Role.STREET, "deny"),
				new Mistake("PLANNER widened from its street to the city on planning.planner.read",
						yaml -> replaceInOperation(yaml, "planning.planner.read", "{ role: PLANNER, scope: street }",
								"{ role: PLANNER, scope: city }"),
						"planning.planner.read", Role.PLANNER, "allow:city"),
				new Mistake("HPF added to the gRPC method of finance.fiscal-capacity.read",
						yaml -> addGrant(yaml, "finance.fiscal-capacity.read", "HPF", "city"),
						"finance.fiscal-capacity.read", Role.HPF, "allow:city"))
			.map(Arguments::of);
	}

	/**
	 * The check reports a wrong grant as exactly one new cell — the one the mistake touched — beside whatever the
	 * untouched policy already disagrees on (pending differences are reported by the test above, not hidden here).
	 */
	@ParameterizedTest(name = "{0} → reported as exactly that cell")
	@MethodSource("mistakes")
	void aWrongGrantInThePolicyIsReportedAsExactlyThatCell(Mistake mistake) throws IOException {
		String original = dutiesYaml();
		String edited = mistake.edit().apply(original);
		assertThat(edited).as("the mistake must change the policy text").isNotEqualTo(original);

		List<Disagreement> before = ANNEX2.disagreements(parse(original));
		List<Disagreement> after = ANNEX2.disagreements(parse(edited));

		List<Disagreement> added = new ArrayList<>(after);
		added.removeAll(before);
		assertThat(before).as("the mistake must not hide a disagreement already there").isSubsetOf(after);
		assertThat(added).hasSize(1);
		Disagreement reported = added.get(0);
		assertThat(reported.operation()).isEqualTo(mistake.operation());
		assertThat(reported.role()).isEqualTo(mistake.role());
		assertThat(reported.actual()).isEqualTo(mistake.actual());
		assertThat(reported.expected())
			.isEqualTo(ANNEX2.expectation(mistake.operation(), mistake.role()).orElseThrow().answer());
	}

	@Test
	void anOperationAddedToThePolicyWithoutRowsInTheTableIsReported() throws IOException {
		String edited = dutiesYaml() + """

				  - id: housing.community.demolish
				    duty: "nobody's: a mistake"
				    rest: { method: DELETE, path: "/api/housing/communities/{communityId}" }
				    allow:
				      - { role: HOUSING, scope: city }
				""";

		assertThat(ANNEX2.disagreements(parse(edited)))
			.anySatisfy(disagreement -> {
				assertThat(disagreement.operation()).isEqualTo("housing.community.demolish");
				assertThat(disagreement.role()).isNull();
			});
	}

	@Test
	void aTableMissingARoleOfAnOperationIsRefused() {
		String csv = "operation,role,expected,condition,clause\n"
				+ "gateway.me,HOUSING,allow:city,,DOMAIN §2\n";

		assertThatThrownBy(() -> Annex2Expectations.parse(stream(csv)))
			.hasMessageContaining("gateway.me has no row for")
			.hasMessageContaining("CENTRAL_UNIT");
	}

	@Test
	void anOperationIsEveryonesForAllRolesAtOnceOrForNone() {
		String csv = "operation,role,expected,condition,clause\n" + "housing.public.project,HOUSING,public,,公示\n";

		assertThatThrownBy(() -> Annex2Expectations.parse(stream(csv))).hasMessageContaining("every role at once");
	}

	private static String dutiesYaml() throws IOException {
		try (InputStream in = DutyPolicy.class.getClassLoader().getResourceAsStream(DutyPolicy.LOCATION)) {
			assertThat(in).as(DutyPolicy.LOCATION + " on the classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static DutyPolicy parse(String yaml) {
		return DutyPolicy.parse(stream(yaml));
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The policy text with one more grant at the head of the operation's own (not shared) allow list. */
	private static String addGrant(String yaml, String operation, String role, String scope) {
		return replaceInOperation(yaml, operation, "    allow:\n",
				"    allow:\n      - { role: " + role + ", scope: " + scope + " }\n");
	}

	/** Replaces the first {@code from} inside the entry of one operation (up to the next entry), and only there. */
	private static String replaceInOperation(String yaml, String operation, String from, String to) {
		Matcher entry = Pattern.compile("(?ms)^  - id: " + Pattern.quote(operation) + "\\s*$.*?(?=^  - id: |\\z)")
			.matcher(yaml);
		assertThat(entry.find()).as("%s in %s", operation, DutyPolicy.LOCATION).isTrue();
		String block = entry.group();
		assertThat(block).as("%s's entry contains '%s'", operation, from).contains(from);
		return yaml.substring(0, entry.start()) + block.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to))
				+ yaml.substring(entry.end());
	}

}
