package cn.bjrenovation.housing.process.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;

/**
 * The renovation journey of one project (DOMAIN §5, steps 1–12): the process manager that follows a project through
 * the four departments, written down in one place. Read it top to bottom — each fact a department publishes does one
 * step and opens the next; each open step has a deadline in working days; when the project leaves the road (a return,
 * a withdrawal, an adjustment out of the plan, a returned design) the compensations the plan implies are opened as
 * steps of their own, awaited from the department that owns them, and overdue like any other.
 * <p>
 * The road:
 * <ol>
 * <li>APPLIED → STREET_REVIEWED → DISTRICT_REVIEWED → MUNICIPAL_DECIDED → PLANNED (housing.project)</li>
 * <li>PLANNED opens DESIGN_APPROVED (planning.design DesignApproved)</li>
 * <li>DESIGN_APPROVED opens FUNDING_COMMITTED (finance.funding) and, when the design has pipeline items,
 * PIPELINES_COORDINATED (pipeline.coordination) — otherwise that step is SKIPPED</li>
 * <li>both done open CONSTRUCTION_STARTED → CONSTRUCTION_COMPLETED → ACCEPTED → LONG_TERM_MANAGED (housing.project)</li>
 * </ol>
 * The compensations:
 * <ul>
 * <li>the annual plan drops the project, or it is withdrawn, after funding was committed → FUNDING_VOIDED (finance
 * voids the commitment on AnnualPlanAdjusted / ProjectWithdrawn; done by FundingVoided)</li>
 * <li>… after the pipelines were coordinated → WINDOWS_RELEASED (pipeline releases the trench windows; done by
 * CoordinationReleased)</li>
 * <li>the design is returned after funding was drafted from it → FUNDING_BACK_TO_DRAFT (finance; done by a new
 * FundingPlanned or FundingVoided)</li>
 * </ul>
 * Deadlines are evaluated when read ({@link #evaluate}), so nothing needs a scheduler and a test can move the clock.
 */
public final class RenovationJourney {

	private final ProjectId project;

	private final EnumMap<JourneyStep, StepState> steps = new EnumMap<>(JourneyStep.class);

	private RenovationJourney(ProjectId project, Collection<StepState> known) {
		this.project = Objects.requireNonNull(project, "project");
		for (JourneyStep step : JourneyStep.values()) {
			steps.put(step, StepState.closed(step));
		}
		known.forEach(state -> steps.put(state.step(), state));
	}

	/** The journey as stored (steps not stored have not opened yet). */
	public static RenovationJourney of(ProjectId project, Collection<StepState> known) {
		return new RenovationJourney(project, known);
	}

	// ---- 1. housing's own transitions (housing.project) --------------------------------------------------------

	/** The project moved along its life-cycle table. */
	public void projectMoved(ProjectAction action, Instant at) {
		switch (action) {
			case APPLY, RESUBMIT -> advance(JourneyStep.APPLIED, JourneyStep.STREET_REVIEWED, at);
			case STREET_ACCEPT -> advance(JourneyStep.STREET_REVIEWED, JourneyStep.DISTRICT_REVIEWED, at);
			case DISTRICT_ACCEPT -> advance(JourneyStep.DISTRICT_REVIEWED, JourneyStep.MUNICIPAL_DECIDED, at);
			case MUNICIPAL_APPROVE -> advance(JourneyStep.MUNICIPAL_DECIDED, JourneyStep.PLANNED, at);
			case STREET_RETURN, DISTRICT_RETURN, MUNICIPAL_RETURN -> returned(at);
			case PLAN, ADJUST_INTO_PLAN -> advance(JourneyStep.PLANNED, JourneyStep.DESIGN_APPROVED, at);
			case ADJUST_OUT_OF_PLAN -> droppedFromPlan(at);
			case WITHDRAW -> withdrawn(at);
			case START_CONSTRUCTION -> advance(JourneyStep.CONSTRUCTION_STARTED, JourneyStep.CONSTRUCTION_COMPLETED, at);
			case COMPLETE_CONSTRUCTION -> advance(JourneyStep.CONSTRUCTION_COMPLETED, JourneyStep.ACCEPTED, at);
			case PASS_ACCEPTANCE -> advance(JourneyStep.ACCEPTED, JourneyStep.LONG_TERM_MANAGED, at);
			case START_LONG_TERM_MANAGEMENT -> done(JourneyStep.LONG_TERM_MANAGED, at);
		}
	}

	/** Returned with reasons: the application waits for its resubmission, the reviews start again. */
	private void returned(Instant at) {
		steps.put(JourneyStep.APPLIED, state(JourneyStep.APPLIED).undone(at, "returned: waiting for the resubmission"));
		for (JourneyStep review : List.of(JourneyStep.STREET_REVIEWED, JourneyStep.DISTRICT_REVIEWED,
				JourneyStep.MUNICIPAL_DECIDED)) {
			steps.put(review, StepState.closed(review));
		}
	}

	/** 动态调整: back to the reserve pool; what the departments hold for the project is to be released. */
	private void droppedFromPlan(Instant at) {
		compensateHolds(at, "the annual plan dropped the project");
		steps.put(JourneyStep.PLANNED, state(JourneyStep.PLANNED).undone(at, "back in the reserve pool"));
		for (JourneyStep later : List.of(JourneyStep.DESIGN_APPROVED, JourneyStep.FUNDING_COMMITTED,
				JourneyStep.PIPELINES_COORDINATED, JourneyStep.CONSTRUCTION_STARTED)) {
			steps.put(later, state(later).cleared());
		}
	}

	/** Withdrawn by the residents' will: the road ends here; the departments release what they hold. */
	private void withdrawn(Instant at) {
		compensateHolds(at, "the project was withdrawn");
		for (JourneyStep step : JourneyStep.values()) {
			if (!step.compensation()) {
				steps.put(step, state(step).skipped("withdrawn"));
			}
		}
	}

	private void compensateHolds(Instant at, String why) {
		if (state(JourneyStep.FUNDING_COMMITTED).done()) {
			open(JourneyStep.FUNDING_VOIDED, at, why + " after funding was committed: finance voids the commitment");
		}
		if (state(JourneyStep.PIPELINES_COORDINATED).done()) {
			open(JourneyStep.WINDOWS_RELEASED, at, why + " after coordination: pipeline releases the trench windows");
		}
	}

	// ---- 2. planning (planning.design) --------------------------------------------------------------------------

	/** The design was approved; coordination is needed only for pipeline items. */
	public void designApproved(boolean pipelineItems, Instant at) {
		done(JourneyStep.DESIGN_APPROVED, at);
		open(JourneyStep.FUNDING_COMMITTED, at, null);
		if (pipelineItems) {
			StepState coordination = state(JourneyStep.PIPELINES_COORDINATED);
			steps.put(JourneyStep.PIPELINES_COORDINATED, coordination.skipped()
					? new StepState(JourneyStep.PIPELINES_COORDINATED, at, null, false, null) : coordination.opened(at));
		}
		else {
			steps.put(JourneyStep.PIPELINES_COORDINATED,
					state(JourneyStep.PIPELINES_COORDINATED).skipped("the design has no pipeline items"));
		}
		constructionMayStart(at);
	}

	/** The design was returned: approval again awaited; funding drafted from it goes back to draft. */
	public void designReturned(Instant at) {
		StepState funding = state(JourneyStep.FUNDING_COMMITTED);
		if (funding.openedAt() != null || funding.done()) {
			open(JourneyStep.FUNDING_BACK_TO_DRAFT, at,
					"the design was returned after funding was drafted from it: finance takes funding back to draft");
		}
		steps.put(JourneyStep.DESIGN_APPROVED, state(JourneyStep.DESIGN_APPROVED).undone(at, "returned by planning"));
		steps.put(JourneyStep.FUNDING_COMMITTED, StepState.closed(JourneyStep.FUNDING_COMMITTED));
		steps.put(JourneyStep.PIPELINES_COORDINATED, state(JourneyStep.PIPELINES_COORDINATED).cleared());
		steps.put(JourneyStep.CONSTRUCTION_STARTED, state(JourneyStep.CONSTRUCTION_STARTED).cleared());
	}

	// ---- 3. finance (finance.funding) ---------------------------------------------------------------------------

	/** A funding plan was drafted from the approved design. */
	public void fundingPlanned(Instant at) {
		open(JourneyStep.FUNDING_COMMITTED, at, null);
		doneIfOpen(JourneyStep.FUNDING_BACK_TO_DRAFT, at);
	}

	public void fundingCommitted(Instant at) {
		done(JourneyStep.FUNDING_COMMITTED, at);
		constructionMayStart(at);
	}

	/** The commitment was voided: the awaited compensation, or else the funding is awaited again. */
	public void fundingVoided(Instant at) {
		boolean compensation = doneIfOpen(JourneyStep.FUNDING_VOIDED, at) | doneIfOpen(JourneyStep.FUNDING_BACK_TO_DRAFT, at);
		if (!compensation && state(JourneyStep.FUNDING_COMMITTED).done()) {
			steps.put(JourneyStep.FUNDING_COMMITTED, state(JourneyStep.FUNDING_COMMITTED).undone(at, "voided by finance"));
		}
	}

	// ---- 4. city management (pipeline.coordination) ---------------------------------------------------------------

	public void pipelinesCoordinated(Instant at) {
		done(JourneyStep.PIPELINES_COORDINATED, at);
		constructionMayStart(at);
	}

	/** The windows were released: the awaited compensation, or else coordination is awaited again. */
	public void coordinationReleased(Instant at) {
		if (!doneIfOpen(JourneyStep.WINDOWS_RELEASED, at) && state(JourneyStep.PIPELINES_COORDINATED).done()) {
			steps.put(JourneyStep.PIPELINES_COORDINATED,
					state(JourneyStep.PIPELINES_COORDINATED).undone(at, "released by city management"));
		}
	}

	/** The gate's conditions as the journey knows them: funding in place and pipelines coordinated or not needed. */
	private void constructionMayStart(Instant at) {
		StepState pipelines = state(JourneyStep.PIPELINES_COORDINATED);
		if (state(JourneyStep.DESIGN_APPROVED).done() && state(JourneyStep.FUNDING_COMMITTED).done()
				&& (pipelines.done() || pipelines.skipped())) {
			open(JourneyStep.CONSTRUCTION_STARTED, at, null);
		}
	}

	// ---- the mechanics ------------------------------------------------------------------------------------------

	private void advance(JourneyStep done, JourneyStep next, Instant at) {
		done(done, at);
		open(next, at, null);
	}

	private void done(JourneyStep step, Instant at) {
		steps.put(step, state(step).done(at));
	}

	private boolean doneIfOpen(JourneyStep step, Instant at) {
		if (state(step).open()) {
			done(step, at);
			return true;
		}
		return false;
	}

	private void open(JourneyStep step, Instant at, String note) {
		StepState state = state(step);
		if (step.compensation() && (state.done() || state.skipped())) {
			state = StepState.closed(step);
		}
		StepState opened = state.opened(at);
		steps.put(step, note == null ? opened
				: new StepState(step, opened.openedAt(), opened.doneAt(), opened.skipped(), note));
	}

	private StepState state(JourneyStep step) {
		return steps.get(step);
	}

	public ProjectId project() {
		return project;
	}

	/** Every step's state, in order; compensations only once they opened. */
	public List<StepState> steps() {
		List<StepState> shown = new ArrayList<>();
		for (StepState state : steps.values()) {
			if (!state.step().compensation() || state.openedAt() != null || state.doneAt() != null) {
				shown.add(state);
			}
		}
		return shown;
	}

	/** What a step looks like on a day: DONE, SKIPPED, WAITING (not yet due or not open yet) or OVERDUE. */
	public record StepView(JourneyStep step, String status, Instant since, LocalDate due, Instant doneAt,
			int daysOverdue, String note) {

		public boolean overdue() {
			return "OVERDUE".equals(status);
		}

	}

	/**
	 * Every step as it stands {@code today}.
	 * @param deadlines working days each step may stay open; absent: no deadline
	 */
	public List<StepView> evaluate(Map<JourneyStep, Integer> deadlines, LocalDate today, ZoneId zone) {
		return steps().stream().map(state -> view(state, deadlines, today, zone)).toList();
	}

	/** One open step's view on a day. */
	public static StepView view(StepState state, Map<JourneyStep, Integer> deadlines, LocalDate today, ZoneId zone) {
		if (state.done()) {
			return new StepView(state.step(), "DONE", state.openedAt(), null, state.doneAt(), 0, state.note());
		}
		if (state.skipped()) {
			return new StepView(state.step(), "SKIPPED", state.openedAt(), null, null, 0, state.note());
		}
		if (state.openedAt() == null) {
			return new StepView(state.step(), "WAITING", null, null, null, 0, state.note());
		}
		Integer days = deadlines.get(state.step());
		LocalDate due = days == null ? null : WorkingDays.plus(state.openedAt().atZone(zone).toLocalDate(), days);
		int late = due == null ? 0 : WorkingDays.after(due, today);
		return new StepView(state.step(), late > 0 ? "OVERDUE" : "WAITING", state.openedAt(), due, null, late,
				state.note());
	}

}
