package cn.bjrenovation.planning.v1;

import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

/**
 * How to read the facts on {@code planning.design}, as planning's contract defines them (schema version 1): one event
 * per change of a project's design case (规划设计方案), keyed by project id, in order. Every payload carries the
 * project first ({@link DesignProject}: ids, place, plan year), so a consumer that only needs "which project" reads
 * {@link #project} whatever the type. Finance and pipeline start from {@link #DESIGN_APPROVED}: its payload
 * ({@link DesignApproved}, read with {@link #approved}) carries every item with class, quantity, unit, cost in fen,
 * utility and permit. Consumers subscribe to {@link #TOPIC}; types not in {@link #TYPES} (later versions) are to be
 * skipped, not dead-lettered.
 */
public final class DesignFacts {

	public static final String TOPIC = "planning.design";

	public static final int SCHEMA_VERSION = 1;

	/** The project entered a year's plan; its design case opened: {@link DesignCaseOpened}. */
	public static final String DESIGN_CASE_OPENED = "DesignCaseOpened";

	/** The planner submitted a scheme version: {@link DesignSubmitted}. */
	public static final String DESIGN_SUBMITTED = "DesignSubmitted";

	/** The review returned it with all its comments (一次性提出审查意见): {@link DesignReturned}. */
	public static final String DESIGN_RETURNED = "DesignReturned";

	/** The review approved it: {@link DesignApproved}, everything finance and pipeline need. */
	public static final String DESIGN_APPROVED = "DesignApproved";

	/** Permits of the approved scheme changed or a commitment was checked: {@link DesignPermitsDetermined}. */
	public static final String DESIGN_PERMITS_DETERMINED = "DesignPermitsDetermined";

	/** The project left the plan or was withdrawn: {@link DesignCaseSuspended}. */
	public static final String DESIGN_CASE_SUSPENDED = "DesignCaseSuspended";

	@FunctionalInterface
	private interface Reader {

		DesignProject project(ByteString payload) throws InvalidProtocolBufferException;

	}

	private static final Map<String, Reader> READERS = Map.of(
			DESIGN_CASE_OPENED, bytes -> DesignCaseOpened.parseFrom(bytes).getProject(),
			DESIGN_SUBMITTED, bytes -> DesignSubmitted.parseFrom(bytes).getProject(),
			DESIGN_RETURNED, bytes -> DesignReturned.parseFrom(bytes).getProject(),
			DESIGN_APPROVED, bytes -> DesignApproved.parseFrom(bytes).getProject(),
			DESIGN_PERMITS_DETERMINED, bytes -> DesignPermitsDetermined.parseFrom(bytes).getProject(),
			DESIGN_CASE_SUSPENDED, bytes -> DesignCaseSuspended.parseFrom(bytes).getProject());

	/** Every type of schema version 1, in the order a case usually meets them; each carries a {@link DesignProject}. */
	public static final List<String> TYPES = List.of(DESIGN_CASE_OPENED, DESIGN_SUBMITTED, DESIGN_RETURNED,
			DESIGN_APPROVED, DESIGN_PERMITS_DETERMINED, DESIGN_CASE_SUSPENDED);

	private DesignFacts() {
	}

	/**
	 * The project the fact of this type is about.
	 * @throws IllegalArgumentException when the type is not one of {@link #TYPES}
	 * @throws InvalidProtocolBufferException when the payload is not that type's message
	 */
	public static DesignProject project(String type, ByteString payload) throws InvalidProtocolBufferException {
		Reader reader = READERS.get(type);
		if (reader == null) {
			throw new IllegalArgumentException(type + " is no design fact of schema version " + SCHEMA_VERSION);
		}
		return reader.project(payload);
	}

	/** The approved scheme of a {@link #DESIGN_APPROVED} fact. */
	public static DesignApproved approved(ByteString payload) throws InvalidProtocolBufferException {
		return DesignApproved.parseFrom(payload);
	}

	/** The pipeline items of an approved scheme, for pipeline coordination (管线统筹): those touching a utility network. */
	public static List<ApprovedItem> pipelineItems(DesignApproved approved) {
		return approved.getItemsList().stream().filter(item -> item.getItem().getTouchesUtility()).toList();
	}

}
