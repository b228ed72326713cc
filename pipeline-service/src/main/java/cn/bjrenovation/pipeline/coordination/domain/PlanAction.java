package cn.bjrenovation.pipeline.coordination.domain;

import java.util.EnumSet;
import java.util.Set;

import static cn.bjrenovation.pipeline.coordination.domain.PlanStatus.COMPLETED;
import static cn.bjrenovation.pipeline.coordination.domain.PlanStatus.COORDINATED;
import static cn.bjrenovation.pipeline.coordination.domain.PlanStatus.DRAFTED;
import static cn.bjrenovation.pipeline.coordination.domain.PlanStatus.HANDED_OVER;
import static cn.bjrenovation.pipeline.coordination.domain.PlanStatus.INVITED;
import static cn.bjrenovation.pipeline.coordination.domain.PlanStatus.RELEASED;

/**
 * A coordination plan's life cycle as one table (管线统筹): each row an action, the statuses it may start from, the
 * status it leads to, and the fact it publishes on {@code pipeline.coordination}. {@link CoordinationPlan#move} reads it
 * and refuses anything it does not list, naming the current status. Who may take an action is the duty policy's to
 * say (the use case names the operation); drafting and releasing are the service's, on other services' facts.
 */
public enum PlanAction {

	/** planning approved a design with pipeline items: city management gets a draft. */
	DRAFT(EnumSet.noneOf(PlanStatus.class), DRAFTED, Facts.PLANNED),
	/** City management scheduled the windows and invites the operators. */
	INVITE(EnumSet.of(DRAFTED), INVITED, Facts.INVITED),
	/** One operator confirms its part; others are still to answer. */
	CONFIRM(EnumSet.of(INVITED), INVITED, Facts.CONFIRMED),
	/** The last confirmation: every operator confirmed. */
	COORDINATE(EnumSet.of(INVITED), COORDINATED, Facts.COORDINATED),
	/** One operator asks for a change, with reasons: the plan is a draft again. */
	REQUEST_CHANGE(EnumSet.of(INVITED), DRAFTED, Facts.CHANGE_REQUESTED),
	/** The last permanent reinstatement: every part's works are over. */
	COMPLETE_WORKS(EnumSet.of(COORDINATED), COMPLETED, Facts.WORKS_COMPLETED),
	/**
	 * DRC hands the renovated networks to their operators (产权移交). The plan wants it after joint acceptance
	 * (联合验收), whose fact a later stage publishes; until then the completed works are the gate.
	 */
	HAND_OVER(EnumSet.of(COMPLETED), HANDED_OVER, Facts.HANDED_OVER),
	/** housing withdrew the project or took it out of the year's plan, or planning suspended its design. */
	RELEASE(EnumSet.of(DRAFTED, INVITED, COORDINATED), RELEASED, Facts.RELEASED);

	/** The wire names of the facts the rows publish (contract {@code pipeline.v1}, CoordinationFacts). */
	public static final class Facts {

		public static final String PLANNED = "CoordinationPlanned";

		public static final String INVITED = "OperatorsInvited";

		public static final String CONFIRMED = "OperatorConfirmed";

		public static final String CHANGE_REQUESTED = "OperatorChangeRequested";

		public static final String COORDINATED = "PipelinesCoordinated";

		public static final String WORKS_COMPLETED = "WorksCompleted";

		public static final String HANDED_OVER = "NetworksHandedOver";

		public static final String RELEASED = "CoordinationReleased";

		private Facts() {
		}

	}

	private final EnumSet<PlanStatus> from;

	private final PlanStatus to;

	private final String eventType;

	PlanAction(EnumSet<PlanStatus> from, PlanStatus to, String eventType) {
		this.from = from;
		this.to = to;
		this.eventType = eventType;
	}

	public boolean allowedFrom(PlanStatus status) {
		return from.contains(status);
	}

	public Set<PlanStatus> from() {
		return from.clone();
	}

	public PlanStatus to() {
		return to;
	}

	public String eventType() {
		return eventType;
	}

}
