package cn.bjrenovation.pipeline.v1;

import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

/**
 * How to read the facts on {@code pipeline.coordination}, as pipeline's contract defines them (schema version 1): one
 * event per change of a project's coordination plan (管线统筹), keyed by project id, in order. Every payload carries the
 * project first ({@link CoordinationProject}), so a consumer that only needs "which project" reads {@link #project}
 * whatever the type. Construction waits for {@link #PIPELINES_COORDINATED}; DRC's handover follows
 * {@link #WORKS_COMPLETED}. Consumers subscribe to {@link #TOPIC}; types not in {@link #TYPES} (later versions) are to
 * be skipped, not dead-lettered.
 */
public final class CoordinationFacts {

	public static final String TOPIC = "pipeline.coordination";

	public static final int SCHEMA_VERSION = 1;

	/** An approved design with pipeline items became a draft plan: {@link CoordinationPlanned}. */
	public static final String COORDINATION_PLANNED = "CoordinationPlanned";

	/** City management scheduled the windows and invited the operators: {@link OperatorsInvited}. */
	public static final String OPERATORS_INVITED = "OperatorsInvited";

	/** One utility's operator confirmed its part: {@link OperatorConfirmed}. */
	public static final String OPERATOR_CONFIRMED = "OperatorConfirmed";

	/** One utility's operator asked for a change: {@link OperatorChangeRequested}. */
	public static final String OPERATOR_CHANGE_REQUESTED = "OperatorChangeRequested";

	/** Every operator confirmed: {@link PipelinesCoordinated}. */
	public static final String PIPELINES_COORDINATED = "PipelinesCoordinated";

	/** Every part's works are permanently reinstated: {@link WorksCompleted}. */
	public static final String WORKS_COMPLETED = "WorksCompleted";

	/** DRC recorded the handover to the operators (产权移交): {@link NetworksHandedOver}. */
	public static final String NETWORKS_HANDED_OVER = "NetworksHandedOver";

	/** The project was withdrawn or left the plan; its windows were released: {@link CoordinationReleased}. */
	public static final String COORDINATION_RELEASED = "CoordinationReleased";

	@FunctionalInterface
	private interface Reader {

		CoordinationProject project(ByteString payload) throws InvalidProtocolBufferException;

	}

	private static final Map<String, Reader> READERS = Map.of(
			COORDINATION_PLANNED, bytes -> CoordinationPlanned.parseFrom(bytes).getProject(),
			OPERATORS_INVITED, bytes -> OperatorsInvited.parseFrom(bytes).getProject(),
			OPERATOR_CONFIRMED, bytes -> OperatorConfirmed.parseFrom(bytes).getProject(),
			OPERATOR_CHANGE_REQUESTED, bytes -> OperatorChangeRequested.parseFrom(bytes).getProject(),
			PIPELINES_COORDINATED, bytes -> PipelinesCoordinated.parseFrom(bytes).getProject(),
			WORKS_COMPLETED, bytes -> WorksCompleted.parseFrom(bytes).getProject(),
			NETWORKS_HANDED_OVER, bytes -> NetworksHandedOver.parseFrom(bytes).getProject(),
			COORDINATION_RELEASED, bytes -> CoordinationReleased.parseFrom(bytes).getProject());

	/** Every type of schema version 1, in the order a plan usually meets them; each carries a {@link CoordinationProject}. */
	public static final List<String> TYPES = List.of(COORDINATION_PLANNED, OPERATORS_INVITED, OPERATOR_CONFIRMED,
			OPERATOR_CHANGE_REQUESTED, PIPELINES_COORDINATED, WORKS_COMPLETED, NETWORKS_HANDED_OVER,
			COORDINATION_RELEASED);

	private CoordinationFacts() {
	}

	/**
	 * The project the fact of this type is about.
	 * @throws IllegalArgumentException when the type is not one of {@link #TYPES}
	 * @throws InvalidProtocolBufferException when the payload is not that type's message
	 */
	public static CoordinationProject project(String type, ByteString payload) throws InvalidProtocolBufferException {
		Reader reader = READERS.get(type);
		if (reader == null) {
			throw new IllegalArgumentException(type + " is no coordination fact of schema version " + SCHEMA_VERSION);
		}
		return reader.project(payload);
	}

	/** The plan, windows and contributions of a {@link #PIPELINES_COORDINATED} fact. */
	public static PipelinesCoordinated coordinated(ByteString payload) throws InvalidProtocolBufferException {
		return PipelinesCoordinated.parseFrom(payload);
	}

}
