package cn.bjrenovation.system.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Grant;
import cn.bjrenovation.platform.policy.Operation;
import cn.bjrenovation.platform.policy.Scope;

/**
 * What Annex 2 (附件2) and DOMAIN.md §8 say each role may do, written by hand in
 * {@code annex2-expectations.csv} — one row per operation × role, never derived from {@code policy/duties.yml}.
 * The policy is checked against this table ({@link #disagreements}), and the running suite is checked against it
 * cell by cell (gateway and service ports), so a grant added to or dropped from the policy by mistake is caught
 * instead of being tested against itself.
 *
 * <p>Columns: {@code operation,role,expected,condition,clause}. {@code expected} is {@code allow:<scope>} or
 * {@code deny} — or {@code public} with role {@code *}: one row answering every role, and callers without a token,
 * for an operation of the notice board (公示) that is everyone's; {@code condition} (may be empty) is {@code fact=VALUE[|VALUE…]} and further conditions separated
 * by {@code ;}; {@code clause}, the last column, is the duty the answer comes from and may contain commas. Lines
 * starting with {@code #} are comments.
 */
public final class Annex2Expectations {

	public static final String LOCATION = "annex2-expectations.csv";

	private static final String HEADER = "operation,role,expected,condition,clause";

	/** The answer of an operation that is everyone's (公示), and the role column of its one row. */
	static final String PUBLIC = "public", EVERYONE = "*";

	/**
	 * One cell of the table.
	 * @param scope the scope the role is allowed in, or empty when it is denied
	 * @param condition facts the object must meet for the grant (e.g. propertyRights → CITY_SOE_NON_OPERATING)
	 * @param line the line in the CSV, for messages
	 * @param open everyone's (公示): answered to every role and to callers without a token alike
	 */
	public record Expectation(String operation, Role role, Optional<Scope> scope, Map<String, Set<String>> condition,
			String clause, int line, boolean open) {

		public boolean allowed() {
			return open || scope.isPresent();
		}

		/** The answer as the table writes it, e.g. {@code allow:district}, {@code allow:city [propertyRights=…]}. */
		public String answer() {
			return open ? PUBLIC : Annex2Expectations.answer(scope, condition);
		}

		/** The condition as the table writes it, e.g. {@code propertyRights=CITY_SOE_NON_OPERATING}; empty if none. */
		public String conditionText() {
			return Annex2Expectations.conditionText(condition);
		}

		@Override
		public String toString() {
			return operation + " × " + role + " → " + answer() + " (" + LOCATION + ":" + line + ": " + clause + ")";
		}

	}

	/**
	 * One cell where the policy and the table differ, or an operation only one of them lists ({@code role} null).
	 * @param expected what the table says
	 * @param actual what the policy says
	 */
	public record Disagreement(String operation, Role role, String expected, String actual, String clause) {

		@Override
		public String toString() {
			return operation + (role == null ? "" : " × " + role) + ": Annex 2 says " + expected + ", "
					+ DutyPolicy.LOCATION + " says " + actual + (clause == null ? "" : " — " + clause);
		}

	}

	/** operation → role → expectation, in the order of the file. */
	private final Map<String, Map<Role, Expectation>> table;

	private Annex2Expectations(Map<String, Map<Role, Expectation>> table) {
		this.table = table;
	}

	/** The table from the test classpath. */
	public static Annex2Expectations load() {
		try (InputStream in = Annex2Expectations.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException(LOCATION + " is not on the classpath");
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads a table, refusing one that leaves a role of an operation without an answer or answers it twice. */
	public static Annex2Expectations parse(InputStream csv) throws IOException {
		Map<String, Map<Role, Expectation>> table = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
		boolean headerSeen = false;
		int lineNumber = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lineNumber++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (!headerSeen) {
				if (!line.strip().equals(HEADER)) {
					problems.add("line " + lineNumber + ": header must be '" + HEADER + "'");
				}
				headerSeen = true;
				continue;
			}
			String[] cells = line.split(",", 5);
			if (cells.length < 5 || cells[4].isBlank()) {
				problems.add("line " + lineNumber + ": needs operation, role, expected, condition and a clause");
				continue;
			}
			try {
				boolean open = cells[2].strip().equals(PUBLIC);
				if (open != cells[1].strip().equals(EVERYONE)) {
					problems.add("line " + lineNumber + ": '" + PUBLIC + "' is answered for every role at once, with role '"
							+ EVERYONE + "', and role '" + EVERYONE + "' only with '" + PUBLIC + "'");
					continue;
				}
				if (open && !cells[3].isBlank()) {
					problems.add("line " + lineNumber + ": an operation that is everyone's has no condition");
				}
				List<Role> roles = open ? Arrays.asList(Role.values()) : List.of(Role.valueOf(cells[1].strip()));
				for (Role role : roles) {
					Expectation expectation = new Expectation(cells[0].strip(), role,
							open ? Optional.empty() : scope(cells[2].strip()), open ? Map.of() : condition(cells[3].strip()),
							cells[4].strip(), lineNumber, open);
					if (!expectation.allowed() && !expectation.condition().isEmpty()) {
						problems.add("line " + lineNumber + ": a condition only qualifies an allow");
					}
					Expectation earlier = table.computeIfAbsent(expectation.operation(), id -> new EnumMap<>(Role.class))
						.putIfAbsent(expectation.role(), expectation);
					if (earlier != null) {
						problems.add("line " + lineNumber + ": " + expectation.operation() + " × " + expectation.role()
								+ " is answered already on line " + earlier.line());
					}
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add("line " + lineNumber + ": " + ex.getMessage());
			}
		}
		table.forEach((operation, byRole) -> {
			Set<Role> missing = new TreeSet<>(Arrays.asList(Role.values()));
			missing.removeAll(byRole.keySet());
			if (!missing.isEmpty()) {
				problems.add(operation + " has no row for " + missing);
			}
		});
		if (!problems.isEmpty()) {
			throw new IllegalStateException(LOCATION + " is malformed:\n  " + String.join("\n  ", problems));
		}
		Map<String, Map<Role, Expectation>> frozen = new LinkedHashMap<>();
		table.forEach((operation, byRole) -> frozen.put(operation, Map.copyOf(byRole)));
		return new Annex2Expectations(frozen);
	}

	public Set<String> operations() {
		return table.keySet();
	}

	/** What the table says for the operation and role; empty when the table does not know the operation. */
	public Optional<Expectation> expectation(String operation, Role role) {
		return Optional.ofNullable(table.get(operation)).map(byRole -> byRole.get(role));
	}

	/** The rows of one operation, in role order; empty when the table does not know it. */
	public List<Expectation> forOperation(String operation) {
		Map<Role, Expectation> byRole = table.get(operation);
		return byRole == null ? List.of() : Arrays.stream(Role.values()).map(byRole::get).toList();
	}

	/**
	 * Every cell where the policy grants something else than the table says — another answer, another scope or
	 * another condition — and every operation only one of them lists. Empty when they agree.
	 */
	public List<Disagreement> disagreements(DutyPolicy policy) {
		List<Disagreement> found = new ArrayList<>();
		Set<String> inPolicy = new LinkedHashSet<>();
		for (Operation operation : policy.operations()) {
			inPolicy.add(operation.id());
			if (!table.containsKey(operation.id())) {
				found.add(new Disagreement(operation.id(), null, "no such operation (no rows in " + LOCATION + ")",
						"an operation (" + where(operation) + ")", null));
				continue;
			}
			for (Role role : Role.values()) {
				Expectation expected = table.get(operation.id()).get(role);
				String actual = operation.open() ? PUBLIC
						: operation.grantFor(role).map(grant -> answer(Optional.of(grant.scope()), conditionOf(grant)))
							.orElse("deny");
				if (!expected.answer().equals(actual)) {
					found.add(new Disagreement(operation.id(), role, expected.answer(), actual, expected.clause()));
				}
			}
		}
		for (String operation : table.keySet()) {
			if (!inPolicy.contains(operation)) {
				found.add(new Disagreement(operation, null, "an operation", "no such operation", null));
			}
		}
		return found;
	}

	/**
	 * The conditions of a grant. The policy's {@link Grant} gains its {@code when} (fact → values allowed) on the
	 * restructured platform; read by the record's component so this compiles and compares on both. A grant
	 * without one has no condition.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Set<String>> conditionOf(Grant grant) {
		for (RecordComponent component : Grant.class.getRecordComponents()) {
			if (component.getName().equals("when")) {
				try {
					Object when = component.getAccessor().invoke(grant);
					Map<String, Set<String>> conditions = new TreeMap<>();
					((Map<String, ? extends Collection<?>>) when).forEach((fact, values) -> conditions.put(fact,
							new TreeSet<>(values.stream().map(String::valueOf).toList())));
					return conditions;
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("cannot read the conditions of " + grant, ex);
				}
			}
		}
		return Map.of();
	}

	private static String where(Operation operation) {
		return operation.path() != null ? operation.method() + " " + operation.path()
				: String.valueOf(operation.grpcMethod());
	}

	private static String answer(Optional<Scope> scope, Map<String, Set<String>> condition) {
		if (scope.isEmpty()) {
			return "deny";
		}
		String answer = "allow:" + scope.get().name().toLowerCase(Locale.ROOT);
		return condition.isEmpty() ? answer : answer + " [" + conditionText(condition) + "]";
	}

	private static String conditionText(Map<String, Set<String>> condition) {
		List<String> terms = new ArrayList<>();
		new TreeMap<>(condition).forEach((fact, values) -> terms.add(fact + "=" + String.join("|", new TreeSet<>(values))));
		return String.join(";", terms);
	}

	private static Optional<Scope> scope(String expected) {
		if (expected.equals("deny")) {
			return Optional.empty();
		}
		if (expected.startsWith("allow:")) {
			return Optional.of(Scope.valueOf(expected.substring("allow:".length()).toUpperCase(Locale.ROOT)));
		}
		throw new IllegalArgumentException("expected must be allow:<scope> or deny, not '" + expected + "'");
	}

	private static Map<String, Set<String>> condition(String text) {
		Map<String, Set<String>> condition = new TreeMap<>();
		if (text.isEmpty()) {
			return condition;
		}
		for (String term : text.split(";")) {
			String[] factAndValues = term.split("=", 2);
			if (factAndValues.length != 2 || factAndValues[0].isBlank() || factAndValues[1].isBlank()) {
				throw new IllegalArgumentException("condition must be fact=VALUE[|VALUE], not '" + term + "'");
			}
			condition.put(factAndValues[0].strip(), new TreeSet<>(Arrays.asList(factAndValues[1].strip().split("\\|"))));
		}
		return condition;
	}

}
