package cn.bjrenovation.planning.design.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.RuleViolationException;

/**
 * The design case of one renovation project (规划设计方案, DOMAIN §5 step 6): every scheme version with its review, and
 * every move. It moves only by the rows of {@link DesignAction}, refusing anything else with the current status;
 * the plan's rules on schemes are held here: a historic district's scheme states how it keeps façades and refuses the
 * items forbidden there (§二(二)/(三)); a review returns all its comments at once, and a later review comments only on
 * what changed or was commented on before (一次性提出审查意见, A3-8); open illegal constructions are resolved or
 * demolished by the scheme before it is approved (A2 规自委 违法建设认定). Immutable: each move answers a new case.
 */
public final class DesignCase {

	/** The rule of Annex 3 item 8, clause 1, as refusals name it. */
	public static final String ONE_SHOT_RULE = "A3-8 一次性提出审查意见";

	/** The rule a historic district's scheme keeps (plan §二(二), §二(三)). */
	public static final String HISTORIC_RULE = "§二(二) 历史文化街区风貌保护";

	/** The rule on open illegal-construction determinations at approval. */
	public static final String ILLEGAL_CONSTRUCTION_RULE = "A2 规自委 违法建设认定 (六治: 治违法建设)";

	public static final int MAX_COMMENTS = 200;

	public static final int MAX_COMMENT_LENGTH = 2000;

	private final DesignProject project;

	private final DesignCaseStatus status;

	private final Instant openedAt;

	private final long version;

	private final List<DesignScheme> schemes;

	private final List<CaseTransition> history;

	/**
	 * A case as stored.
	 * @param version grows by one with every move
	 * @param schemes every version, oldest first
	 * @param history every move, the opening first
	 */
	public DesignCase(DesignProject project, DesignCaseStatus status, Instant openedAt, long version,
			List<DesignScheme> schemes, List<CaseTransition> history) {
		this.project = Objects.requireNonNull(project, "project");
		this.status = Objects.requireNonNull(status, "status");
		this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
		this.version = version;
		this.schemes = List.copyOf(schemes);
		this.history = List.copyOf(history);
	}

	/** The same case, its project as now known (no move: e.g. the community's historic-district flag refreshed). */
	public DesignCase about(DesignProject now) {
		return new DesignCase(now, status, openedAt, version, schemes, history);
	}

	/** housing planned the project: its case opens for the street's planner. */
	public static DesignCase open(DesignProject project, Actor actor, Instant at) {
		CaseTransition opened = new CaseTransition(DesignAction.OPEN_CASE, null, DesignCaseStatus.OPEN, actor, at,
				List.of());
		return new DesignCase(project, DesignCaseStatus.OPEN, at, 1, List.of(), List.of(opened));
	}

	/** The suspended case's project was planned again (perhaps for another year): it reopens. */
	public DesignCase reopen(DesignProject planned, Actor actor, Instant at, List<String> reasons) {
		return move(DesignAction.REOPEN, planned, schemes, actor, at, reasons);
	}

	/**
	 * The planner submits a scheme version.
	 * @param opinionIds the opinion collections recorded on the case so far: the version was drawn from them
	 * @param historic the items forbidden in historic districts
	 * @throws RuleViolationException naming {@link #HISTORIC_RULE} when a historic district's scheme does not state how it
	 * keeps façades or holds a forbidden item
	 * @throws ConflictException when the case is not open or returned, or a resubmission changes nothing
	 */
	public DesignCase submit(SchemeDraft draft, List<UUID> opinionIds, HistoricDistrictRules historic, Actor actor,
			Instant at) {
		requireAllowed(DesignAction.SUBMIT);
		if (project.historicDistrict()) {
			if (draft.historicKeeping() == null || draft.historicKeeping().isBlank()) {
				throw new RuleViolationException(HISTORIC_RULE, "historicKeeping", "community " + project.communityName()
						+ " lies in a historic and cultural district (历史文化街区): the scheme must state how it keeps "
						+ "façades and street-scape (沿街立面风貌)");
			}
			for (int i = 0; i < draft.items().size(); i++) {
				String code = draft.items().get(i).code();
				int index = i;
				historic.forbidden(code).ifPresent(reason -> {
					throw new RuleViolationException(HISTORIC_RULE, "items[" + index + "].code", "item " + code
							+ " is forbidden in a historic and cultural district (历史文化街区): " + reason);
				});
			}
		}
		DesignScheme submitted = new DesignScheme(schemes.size() + 1, draft.items(), draft.changesLandRights(),
				draft.changesPlanningConditions(), draft.historicKeeping(), draft.summary(), opinionIds,
				draft.attachmentIds(), Set.of(), actor.subject(), at, null);
		Set<String> changed = current().map(submitted::changedSince).orElseGet(submitted::parts);
		if (changed.isEmpty()) {
			throw new ConflictException("design case " + project.id() + ": version " + submitted.version()
					+ " changes nothing since version " + (submitted.version() - 1) + "; answer the review's comments first");
		}
		submitted = new DesignScheme(submitted.version(), submitted.items(), submitted.changesLandRights(),
				submitted.changesPlanningConditions(), submitted.historicKeeping(), submitted.summary(),
				submitted.opinionIds(), submitted.attachmentIds(), changed, submitted.submittedBy(),
				submitted.submittedAt(), null);
		List<DesignScheme> versions = new ArrayList<>(schemes);
		versions.add(submitted);
		return move(DesignAction.SUBMIT, project, versions, actor, at, List.of());
	}

	/**
	 * The commission returns the version under review with all its comments at once. On a later version it may
	 * comment only on a part changed since the version before, or on one it commented on before.
	 * @throws InvalidInputException naming {@code comments} when there is none, or {@code comments[i].part} for a part
	 * the version does not have
	 * @throws RuleViolationException naming {@link #ONE_SHOT_RULE} and the first such comment's part
	 */
	public DesignCase returnWith(List<ReviewComment> comments, Actor actor, Instant at) {
		requireAllowed(DesignAction.RETURN);
		DesignScheme underReview = current().orElseThrow();
		if (comments.isEmpty()) {
			throw new InvalidInputException("comments",
					"a return gives all its technical comments at once (" + ONE_SHOT_RULE + "): at least one");
		}
		List<InvalidInputException.FieldProblem> unknown = new ArrayList<>();
		Set<String> parts = underReview.parts();
		for (int i = 0; i < comments.size(); i++) {
			if (!parts.contains(comments.get(i).part())) {
				unknown.add(new InvalidInputException.FieldProblem("comments[" + i + "].part", "version "
						+ underReview.version() + " has no part '" + comments.get(i).part() + "'; its parts are "
						+ String.join(", ", parts)));
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidInputException(unknown);
		}
		if (underReview.version() > 1) {
			Set<String> open = new LinkedHashSet<>(underReview.changedParts());
			open.addAll(commentedParts());
			List<String> refused = new ArrayList<>();
			int first = -1;
			for (int i = 0; i < comments.size(); i++) {
				if (!open.contains(comments.get(i).part())) {
					refused.add(comments.get(i).part());
					first = first < 0 ? i : first;
				}
			}
			if (!refused.isEmpty()) {
				throw new RuleViolationException(ONE_SHOT_RULE, "comments[" + first + "].part", "version "
						+ underReview.version() + " left " + String.join(", ", new LinkedHashSet<>(refused))
						+ " unchanged since version " + (underReview.version() - 1)
						+ ", and no earlier review commented on it: every comment had to be given at once, the first time");
			}
		}
		SchemeReview review = new SchemeReview(ReviewDecision.RETURN, comments, actor.subject(), at);
		return move(DesignAction.RETURN, project, reviewed(review), actor, at,
				comments.stream().map(comment -> comment.part() + ": " + comment.text()).toList());
	}

	/**
	 * The commission approves the version under review.
	 * @param openIllegalConstructions the community's open illegal-construction determinations
	 * @throws RuleViolationException naming {@link #ILLEGAL_CONSTRUCTION_RULE} when one is neither resolved nor
	 * demolished by an item of the version
	 */
	public DesignCase approve(Collection<UUID> openIllegalConstructions, Actor actor, Instant at) {
		requireAllowed(DesignAction.APPROVE);
		DesignScheme underReview = current().orElseThrow();
		Set<UUID> demolished = underReview.items()
			.stream()
			.map(DesignItem::demolishes)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		List<String> open = openIllegalConstructions.stream()
			.filter(id -> !demolished.contains(id))
			.map(UUID::toString)
			.toList();
		if (!open.isEmpty()) {
			throw new RuleViolationException(ILLEGAL_CONSTRUCTION_RULE, "illegalConstructions", "community "
					+ project.communityName() + " has open illegal-construction determinations " + String.join(", ", open)
					+ ": each must be resolved, or demolished by an item of the scheme, before it is approved");
		}
		SchemeReview review = new SchemeReview(ReviewDecision.APPROVE, List.of(), actor.subject(), at);
		return move(DesignAction.APPROVE, project, reviewed(review), actor, at, List.of());
	}

	/** housing took the project out of the year's plan: the case waits. */
	public DesignCase suspend(DesignProject now, Actor actor, Instant at, List<String> reasons) {
		return move(DesignAction.SUSPEND, now, schemes, actor, at, reasons);
	}

	/** housing closed the project (withdrawn). */
	public DesignCase close(DesignProject now, Actor actor, Instant at, List<String> reasons) {
		return move(DesignAction.CLOSE, now, schemes, actor, at, reasons);
	}

	/** The project passed joint acceptance (housing's JointAcceptancePassed): the planner's evaluation may be recorded. */
	public DesignCase accept(DesignProject now, Actor actor, Instant at, List<String> reasons) {
		return move(DesignAction.ACCEPT, now, schemes, actor, at, reasons);
	}

	/** Whether the action's row lists the current status. */
	public boolean allows(DesignAction action) {
		return action.allowedFrom(status);
	}

	/** @throws ConflictException naming the current status when the table does not allow the action from it */
	public void requireAllowed(DesignAction action) {
		if (!allows(action)) {
			throw new ConflictException("design case " + project.id() + " is " + status + ": " + action
					+ " is allowed only from " + action.from().stream().map(Enum::name).collect(Collectors.joining(" or ")));
		}
	}

	/** Parts commented on by any earlier review. */
	private Set<String> commentedParts() {
		Set<String> parts = new LinkedHashSet<>();
		schemes.stream()
			.map(DesignScheme::review)
			.filter(Objects::nonNull)
			.forEach(review -> review.comments().forEach(comment -> parts.add(comment.part())));
		return parts;
	}

	private List<DesignScheme> reviewed(SchemeReview review) {
		List<DesignScheme> versions = new ArrayList<>(schemes);
		versions.set(versions.size() - 1, versions.get(versions.size() - 1).reviewed(review));
		return versions;
	}

	private DesignCase move(DesignAction action, DesignProject withProject, List<DesignScheme> withSchemes, Actor actor,
			Instant at, List<String> reasons) {
		requireAllowed(action);
		List<CaseTransition> moved = new ArrayList<>(history);
		moved.add(new CaseTransition(action, status, action.to(), actor, at, reasons));
		return new DesignCase(withProject, action.to(), openedAt, version + 1, withSchemes, moved);
	}

	public DesignProject project() {
		return project;
	}

	public ProjectId id() {
		return project.id();
	}

	public DesignCaseStatus status() {
		return status;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public long version() {
		return version;
	}

	public List<DesignScheme> schemes() {
		return schemes;
	}

	public List<CaseTransition> history() {
		return history;
	}

	/** The latest version, if any was submitted. */
	public Optional<DesignScheme> current() {
		return schemes.isEmpty() ? Optional.empty() : Optional.of(schemes.get(schemes.size() - 1));
	}

	/** The approved version, once there is one. */
	public Optional<DesignScheme> approved() {
		return status.approved() ? current() : Optional.empty();
	}

	/** The move that brought the case where it is. */
	public CaseTransition last() {
		return history.get(history.size() - 1);
	}

	/** Where the case lies for the duty policy: its community's place. */
	public Place place() {
		return project.place();
	}

}
