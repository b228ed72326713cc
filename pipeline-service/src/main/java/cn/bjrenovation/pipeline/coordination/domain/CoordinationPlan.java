package cn.bjrenovation.pipeline.coordination.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.ConflictException;

/**
 * A project's pipeline coordination plan (管线统筹, DOMAIN §5 step 8): drafted from the approved design's pipeline items,
 * one part per utility with the operators serving the district; city management schedules the dig-once trench windows
 * and invites the operators; every operator confirms; works are reported and inspected; DRC records the handover.
 * Its life cycle is {@link PlanAction}'s table; every move is kept in {@link #transitions}.
 *
 * @param schemeVersion version of the approved design scheme the plan was drafted from
 * @param overheadLinesUnderground the design puts overhead lines underground (架空线入地)
 * @param parts one per utility, in the catalogue's order
 * @param version grows with every move
 * @param handover null until DRC records it
 */
public record CoordinationPlan(CoordinationProject project, PlanStatus status, int schemeVersion,
		boolean overheadLinesUnderground, List<UtilityPart> parts, Instant draftedAt, long version, Handover handover,
		List<PlanTransition> transitions) {

	public CoordinationPlan {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(draftedAt, "draftedAt");
		parts = parts.stream().sorted(Comparator.comparing(UtilityPart::utility)).toList();
		transitions = List.copyOf(transitions);
	}

	/**
	 * The draft for an approved design with pipeline items: one part per utility its items touch, each with the
	 * operators serving the project's district.
	 * @param operators the codes of the operators serving the district, by utility
	 * @throws IllegalArgumentException when the design holds no pipeline item (no plan is opened for it)
	 */
	public static CoordinationPlan draft(DesignApproval design, Map<Utility, List<String>> operators, Actor actor,
			Instant at) {
		if (!design.hasPipelineItems()) {
			throw new IllegalArgumentException("design of project " + design.project().id() + " has no pipeline items");
		}
		Map<Utility, List<PlanItem>> byUtility = design.items()
			.stream()
			.collect(Collectors.groupingBy(DesignApproval.UtilityItem::utility,
					Collectors.mapping(DesignApproval.UtilityItem::item, Collectors.toList())));
		List<UtilityPart> parts = byUtility.entrySet()
			.stream()
			.map(entry -> UtilityPart.drafted(entry.getKey(), operators.getOrDefault(entry.getKey(), List.of()),
					entry.getValue()))
			.toList();
		PlanTransition drafted = new PlanTransition(1, PlanAction.DRAFT, null, PlanStatus.DRAFTED, null, actor, at,
				List.of());
		return new CoordinationPlan(design.project(), PlanStatus.DRAFTED, design.schemeVersion(),
				byUtility.containsKey(Utility.OVERHEAD_LINES), parts, at, 1, null, List.of(drafted));
	}

	public ProjectId id() {
		return project.id();
	}

	public Optional<UtilityPart> part(Utility utility) {
		return parts.stream().filter(part -> part.utility() == utility).findFirst();
	}

	public List<Utility> utilities() {
		return parts.stream().map(UtilityPart::utility).toList();
	}

	public PlanTransition last() {
		return transitions.get(transitions.size() - 1);
	}

	/**
	 * Where the plan lies for the duty policy: on its project's street and community, and on the network a caller held
	 * to one utility asks about — when the plan has a part for it; a plan without that utility lies on none.
	 */
	public Place place(Optional<String> utilityOfCaller) {
		return project.place(utilityOfCaller.filter(token -> utilities().stream().anyMatch(u -> u.token().equals(token)))
			.orElse(null));
	}

	/** @throws ConflictException naming the current status when the plan is in none of {@code allowed} */
	public void requireStatus(String what, PlanStatus... allowed) {
		if (!Arrays.asList(allowed).contains(status)) {
			throw new ConflictException("the coordination plan of project " + project.id() + " is " + status + ": "
					+ what + " only while it is " + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
		}
	}

	/** @throws ConflictException when the plan has no part for the utility */
	public UtilityPart requirePart(Utility utility) {
		return part(utility).orElseThrow(() -> new ConflictException("the coordination plan of project " + project.id()
				+ " has no " + utility + " part (its utilities: " + utilities() + ")"));
	}

	/** City management invites the operators of every part. */
	public CoordinationPlan invite(Actor actor, Instant at) {
		return move(PlanAction.INVITE, null, actor, at, List.of(), part -> part.withStatus(PartStatus.INVITED), handover);
	}

	/**
	 * The utility's operator confirms its part.
	 * @throws ConflictException when the plan is not awaiting confirmations or the part was already answered
	 */
	public CoordinationPlan confirm(Utility utility, Confirmation confirmation, Actor actor, Instant at) {
		requireAwaiting(utility);
		return move(PlanAction.CONFIRM, utility, actor, at, List.of(),
				part -> part.utility() == utility ? part.confirmed(confirmation, actor.subject(), at) : part, handover);
	}

	/** The plan coordinated, when every part is confirmed and it is still awaiting confirmations; empty otherwise. */
	public Optional<CoordinationPlan> coordinated(Actor actor, Instant at) {
		if (status != PlanStatus.INVITED || !parts.stream().allMatch(part -> part.status() == PartStatus.CONFIRMED)) {
			return Optional.empty();
		}
		return Optional.of(move(PlanAction.COORDINATE, null, actor, at, List.of(), UnaryOperator.identity(), handover));
	}

	/**
	 * The utility's operator asks for a change, with reasons: the plan is a draft again, the requester's part marked,
	 * every other part pending a new invitation (the windows may move).
	 */
	public CoordinationPlan requestChange(Utility utility, List<String> reasons, Actor actor, Instant at) {
		requireAwaiting(utility);
		return move(PlanAction.REQUEST_CHANGE, utility, actor, at, reasons,
				part -> part.utility() == utility ? part.changeRequested(reasons, actor.subject(), at)
						: part.withStatus(PartStatus.PENDING),
				handover);
	}

	/** Every part's works are permanently reinstated. */
	public CoordinationPlan completeWorks(Actor actor, Instant at) {
		return move(PlanAction.COMPLETE_WORKS, null, actor, at, List.of(), UnaryOperator.identity(), handover);
	}

	/** DRC records the handover of the networks to their operators (产权移交). */
	public CoordinationPlan handOver(Handover given, Actor actor, Instant at) {
		return move(PlanAction.HAND_OVER, null, actor, at, List.of(), UnaryOperator.identity(), given);
	}

	/** The project was withdrawn or left the plan. */
	public CoordinationPlan release(List<String> reasons, Actor actor, Instant at) {
		return move(PlanAction.RELEASE, null, actor, at, reasons, UnaryOperator.identity(), handover);
	}

	public boolean releasable() {
		return PlanAction.RELEASE.allowedFrom(status);
	}

	private void requireAwaiting(Utility utility) {
		UtilityPart part = requirePart(utility);
		if (status == PlanStatus.INVITED && part.status() != PartStatus.INVITED) {
			throw new ConflictException("the " + utility + " part of project " + project.id() + " is already "
					+ part.status() + "; it is answered once per invitation");
		}
	}

	/**
	 * Takes the action if the table allows it from the current status, recording the transition.
	 * @throws ConflictException naming the current status and the statuses the action starts from
	 */
	CoordinationPlan move(PlanAction action, Utility utility, Actor actor, Instant at, List<String> reasons,
			UnaryOperator<UtilityPart> partChange, Handover nextHandover) {
		if (!action.allowedFrom(status)) {
			throw new ConflictException("the coordination plan of project " + project.id() + " is " + status
					+ "; " + action + " is possible only from " + action.from());
		}
		List<PlanTransition> moved = new ArrayList<>(transitions);
		moved.add(new PlanTransition(transitions.size() + 1, action, status, action.to(), utility, actor, at, reasons));
		return new CoordinationPlan(project, action.to(), schemeVersion, overheadLinesUnderground,
				parts.stream().map(partChange).toList(), draftedAt, version + 1, nextHandover, moved);
	}

}
