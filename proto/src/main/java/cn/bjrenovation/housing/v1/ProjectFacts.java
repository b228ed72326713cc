package cn.bjrenovation.housing.v1;

import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

/**
 * How to read the facts on {@code housing.project}, as housing's contract defines them (schema version 1): one event
 * per transition of a renovation project, keyed by project id, in order. Every payload carries the project as it is
 * after the transition ({@link ProjectSnapshot}, with its status, place, items and plan year) and the transition
 * itself ({@link ProjectTransition}: who, when, why), so a consumer that only needs "where is the project now" reads
 * {@link #snapshot} whatever the type. Consumers subscribe to {@link #TOPIC}; types not in {@link #TYPES} (later
 * stages) are to be skipped, not dead-lettered.
 */
public final class ProjectFacts {

	public static final String TOPIC = "housing.project";

	public static final int SCHEMA_VERSION = 1;

	/** A community organisation applied (申报): payload {@link cn.bjrenovation.housing.v1.ProjectApplied}. */
	public static final String PROJECT_APPLIED = "ProjectApplied";

	/** A returned application was resubmitted: {@link cn.bjrenovation.housing.v1.ProjectResubmitted}. */
	public static final String PROJECT_RESUBMITTED = "ProjectResubmitted";

	/** The street or district accepted it (see its level): {@link cn.bjrenovation.housing.v1.ProjectAccepted}. */
	public static final String PROJECT_ACCEPTED = "ProjectAccepted";

	/** A review returned it with reasons (see its level): {@link cn.bjrenovation.housing.v1.ProjectReturned}. */
	public static final String PROJECT_RETURNED = "ProjectReturned";

	/** The joint conference approved it into the reserve pool: {@link cn.bjrenovation.housing.v1.ProjectReserved}. */
	public static final String PROJECT_RESERVED = "ProjectReserved";

	/** The applicant withdrew it: {@link cn.bjrenovation.housing.v1.ProjectWithdrawn}. */
	public static final String PROJECT_WITHDRAWN = "ProjectWithdrawn";

	/** It entered a year's plan as compiled: {@link cn.bjrenovation.housing.v1.ProjectPlanned}. */
	public static final String PROJECT_PLANNED = "ProjectPlanned";

	/** A plan adjustment added or removed it: {@link cn.bjrenovation.housing.v1.AnnualPlanAdjusted}. */
	public static final String ANNUAL_PLAN_ADJUSTED = "AnnualPlanAdjusted";

	/** The district recorded the start of construction: {@link cn.bjrenovation.housing.v1.ConstructionStarted}. */
	public static final String CONSTRUCTION_STARTED = "ConstructionStarted";

	/** Every item reported done: {@link cn.bjrenovation.housing.v1.ConstructionCompleted}. */
	public static final String CONSTRUCTION_COMPLETED = "ConstructionCompleted";

	/** Every party of the joint acceptance signed off: {@link cn.bjrenovation.housing.v1.JointAcceptancePassed}. */
	public static final String JOINT_ACCEPTANCE_PASSED = "JointAcceptancePassed";

	/** Contract signed, maintenance fund in place: {@link cn.bjrenovation.housing.v1.LongTermManagementStarted}. */
	public static final String LONG_TERM_MANAGEMENT_STARTED = "LongTermManagementStarted";

	@FunctionalInterface
	private interface Reader {

		ProjectSnapshot snapshot(ByteString payload) throws InvalidProtocolBufferException;

	}

	private static final Map<String, Reader> READERS = Map.ofEntries(
			Map.entry(PROJECT_APPLIED, bytes -> ProjectApplied.parseFrom(bytes).getProject()),
			Map.entry(PROJECT_RESUBMITTED, bytes -> ProjectResubmitted.parseFrom(bytes).getProject()),
			Map.entry(PROJECT_ACCEPTED, bytes -> ProjectAccepted.parseFrom(bytes).getProject()),
			Map.entry(PROJECT_RETURNED, bytes -> ProjectReturned.parseFrom(bytes).getProject()),
			Map.entry(PROJECT_RESERVED, bytes -> ProjectReserved.parseFrom(bytes).getProject()),
			Map.entry(PROJECT_WITHDRAWN, bytes -> ProjectWithdrawn.parseFrom(bytes).getProject()),
			Map.entry(PROJECT_PLANNED, bytes -> ProjectPlanned.parseFrom(bytes).getProject()),
			Map.entry(ANNUAL_PLAN_ADJUSTED, bytes -> AnnualPlanAdjusted.parseFrom(bytes).getProject()),
			Map.entry(CONSTRUCTION_STARTED, bytes -> ConstructionStarted.parseFrom(bytes).getProject()),
			Map.entry(CONSTRUCTION_COMPLETED, bytes -> ConstructionCompleted.parseFrom(bytes).getProject()),
			Map.entry(JOINT_ACCEPTANCE_PASSED, bytes -> JointAcceptancePassed.parseFrom(bytes).getProject()),
			Map.entry(LONG_TERM_MANAGEMENT_STARTED, bytes -> LongTermManagementStarted.parseFrom(bytes).getProject()));

	/** Every type of schema version 1, each carrying a {@link ProjectSnapshot}. */
	public static final List<String> TYPES = List.of(PROJECT_APPLIED, PROJECT_RESUBMITTED, PROJECT_ACCEPTED,
			PROJECT_RETURNED, PROJECT_RESERVED, PROJECT_WITHDRAWN, PROJECT_PLANNED, ANNUAL_PLAN_ADJUSTED,
			CONSTRUCTION_STARTED, CONSTRUCTION_COMPLETED, JOINT_ACCEPTANCE_PASSED, LONG_TERM_MANAGEMENT_STARTED);

	private ProjectFacts() {
	}

	/**
	 * The project as it is after the fact of this type.
	 * @throws IllegalArgumentException when the type is not one of {@link #TYPES}
	 * @throws InvalidProtocolBufferException when the payload is not that type's message
	 */
	public static ProjectSnapshot snapshot(String type, ByteString payload) throws InvalidProtocolBufferException {
		Reader reader = READERS.get(type);
		if (reader == null) {
			throw new IllegalArgumentException(type + " is no project fact of schema version " + SCHEMA_VERSION);
		}
		return reader.snapshot(payload);
	}

}
