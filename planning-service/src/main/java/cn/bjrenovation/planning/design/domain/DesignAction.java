package cn.bjrenovation.planning.design.domain;

import java.util.EnumSet;
import java.util.Set;

import static cn.bjrenovation.planning.design.domain.DesignCaseStatus.ACCEPTED;
import static cn.bjrenovation.planning.design.domain.DesignCaseStatus.APPROVED;
import static cn.bjrenovation.planning.design.domain.DesignCaseStatus.CLOSED;
import static cn.bjrenovation.planning.design.domain.DesignCaseStatus.OPEN;
import static cn.bjrenovation.planning.design.domain.DesignCaseStatus.RETURNED;
import static cn.bjrenovation.planning.design.domain.DesignCaseStatus.SUBMITTED;
import static cn.bjrenovation.planning.design.domain.DesignCaseStatus.SUSPENDED;

/**
 * A design case's life cycle as one table: each row an action, the statuses it may start from, the status it leads
 * to, and the fact it publishes on {@code planning.design}. {@link DesignCase} reads it and refuses anything it does
 * not list, naming the current status. Who may take an action is the duty policy's to say (the use case names the
 * operation); the actions driven by housing's facts are taken by the service itself.
 */
public enum DesignAction {

	/** housing planned the project (ProjectPlanned, or an adjustment that added it): the case opens. */
	OPEN_CASE(EnumSet.noneOf(DesignCaseStatus.class), OPEN, Facts.OPENED),
	/** A suspended case's project was planned again: it reopens, its versions kept. */
	REOPEN(EnumSet.of(SUSPENDED), OPEN, Facts.OPENED),
	/** The planner submits a scheme version (a first one, or one answering a return). */
	SUBMIT(EnumSet.of(OPEN, RETURNED), SUBMITTED, Facts.SUBMITTED),
	/** The commission returns the version with all its comments at once (A3-8). */
	RETURN(EnumSet.of(SUBMITTED), RETURNED, Facts.RETURNED),
	/** The commission approves the version and determines its permits (A3-8). */
	APPROVE(EnumSet.of(SUBMITTED), APPROVED, Facts.APPROVED),
	/** housing took the project out of the year's plan (plan §四(二)). */
	SUSPEND(EnumSet.of(OPEN, SUBMITTED, RETURNED, APPROVED), SUSPENDED, Facts.SUSPENDED),
	/** housing closed the project (withdrawn). */
	CLOSE(EnumSet.of(OPEN, SUBMITTED, RETURNED, APPROVED, SUSPENDED), CLOSED, Facts.SUSPENDED),
	/**
	 * The project passed joint acceptance (联合验收): housing's JointAcceptancePassed. Planning publishes no fact of its
	 * own for it; the planner's effect evaluation may be recorded from then on.
	 */
	ACCEPT(EnumSet.of(APPROVED), ACCEPTED, null);

	/** The wire names of the facts the rows publish (contract {@code planning.v1}, DesignFacts). */
	public static final class Facts {

		public static final String OPENED = "DesignCaseOpened";

		public static final String SUBMITTED = "DesignSubmitted";

		public static final String RETURNED = "DesignReturned";

		public static final String APPROVED = "DesignApproved";

		public static final String SUSPENDED = "DesignCaseSuspended";

		public static final String PERMITS_DETERMINED = "DesignPermitsDetermined";

		private Facts() {
		}

	}

	private final Set<DesignCaseStatus> from;

	private final DesignCaseStatus to;

	private final String eventType;

	DesignAction(Set<DesignCaseStatus> from, DesignCaseStatus to, String eventType) {
		this.from = from;
		this.to = to;
		this.eventType = eventType;
	}

	public boolean allowedFrom(DesignCaseStatus status) {
		return from.contains(status);
	}

	public Set<DesignCaseStatus> from() {
		return from;
	}

	public DesignCaseStatus to() {
		return to;
	}

	/** The fact the move publishes; null when it publishes none. */
	public String eventType() {
		return eventType;
	}

}
