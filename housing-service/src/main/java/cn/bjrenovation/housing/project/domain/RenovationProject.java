package cn.bjrenovation.housing.project.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.bjrenovation.housing.community.domain.CommunityClaim;
import cn.bjrenovation.platform.place.CommitteeCode;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * A renovation project (改造项目) of one community: what its residents asked for, where it is in its life and every
 * step that brought it there. It moves only by the rows of {@link ProjectAction}; anything else is refused naming
 * the current status, and every move is recorded (who, role, scope, when, why) — never backwards, never silent.
 * Immutable: each move answers a new project, whose last transition is the one just made.
 */
public final class RenovationProject {

	/** The most reasons one transition may give, and the longest reason. */
	public static final int MAX_REASONS = 20;

	public static final int MAX_REASON_LENGTH = 500;

	private final ProjectId id;

	private final ProjectCommunity community;

	private final Application application;

	private final ProjectStatus status;

	private final Integer planYear;

	private final List<Transition> history;

	/**
	 * A project as stored.
	 * @param community the community as it was when the project was applied for (place, name, committee)
	 * @param history every transition, the application first
	 */
	public RenovationProject(ProjectId id, ProjectCommunity community, Application application, ProjectStatus status,
			Integer planYear, List<Transition> history) {
		this.id = Objects.requireNonNull(id, "id");
		this.community = Objects.requireNonNull(community, "community");
		this.application = Objects.requireNonNull(application, "application");
		this.status = Objects.requireNonNull(status, "status");
		this.planYear = planYear;
		this.history = List.copyOf(history);
		if (this.history.isEmpty()) {
			throw new IllegalArgumentException("a project has at least its application in its history");
		}
	}

	/**
	 * A community organisation applies for its community (申报).
	 * @throws ConflictException when the community is retired or not built before 2000 (plan §三(一))
	 */
	public static RenovationProject apply(ProjectId id, ProjectCommunity community, Application application,
			Actor actor, Instant at, List<String> reasons) {
		if (community.retired()) {
			throw new ConflictException("rule community-in-database (plan §三(一)): community " + community.id()
					+ " has been retired from the city-wide database; it cannot apply for renovation");
		}
		if (!community.inProgramme()) {
			throw new ConflictException("rule built-before-2000 (plan §三(一)): community " + community.id() + " was built in "
					+ community.buildYear() + "; only communities built before 2000 are renovated");
		}
		requireConsentWithinCommunity(community, application);
		Transition applied = new Transition(1, ProjectAction.APPLY, null, ProjectAction.APPLY.to(), actor, at,
				checkedReasons(ProjectAction.APPLY, reasons), null);
		return new RenovationProject(id, community, application, applied.to(), null, List.of(applied));
	}

	/** The street (街道/乡镇) reviews the application: accepts it for the district or returns it with reasons. */
	public RenovationProject reviewAtStreet(ReviewDecision decision, Actor actor, Instant at, List<String> reasons) {
		return move(decision == ReviewDecision.ACCEPT ? ProjectAction.STREET_ACCEPT : ProjectAction.STREET_RETURN,
				actor, at, reasons, planYear, application);
	}

	/** The district reviews the application the street accepted: accepts it or returns it with reasons. */
	public RenovationProject reviewAtDistrict(ReviewDecision decision, Actor actor, Instant at, List<String> reasons) {
		return move(decision == ReviewDecision.ACCEPT ? ProjectAction.DISTRICT_ACCEPT : ProjectAction.DISTRICT_RETURN,
				actor, at, reasons, planYear, application);
	}

	/**
	 * The joint conference decides (its office at the housing commission records it): approved into the reserve pool
	 * — only if the pool's entry rule holds for the community as it is now — or returned with reasons.
	 * @param now the community as the database holds it at the decision
	 * @throws ConflictException naming what the community still lacks (plan §三(一))
	 */
	public RenovationProject decideMunicipally(MunicipalDecision decision, ProjectCommunity now, Actor actor,
			Instant at, List<String> reasons) {
		if (decision == MunicipalDecision.RETURN) {
			return move(ProjectAction.MUNICIPAL_RETURN, actor, at, reasons, planYear, application);
		}
		requireAllowed(ProjectAction.MUNICIPAL_APPROVE);
		List<String> missing = ReservePoolEntry.missing(now);
		if (!missing.isEmpty()) {
			throw new ConflictException("rule " + ReservePoolEntry.RULE + " (" + ReservePoolEntry.CLAUSE + "): project "
					+ id + " cannot enter the reserve pool: community " + community.id() + " still needs "
					+ String.join(" and ", missing));
		}
		return move(ProjectAction.MUNICIPAL_APPROVE, actor, at, reasons, planYear, application);
	}

	/** The applicant resubmits the returned application, changed as the reasons asked. */
	public RenovationProject resubmit(Application changed, Actor actor, Instant at, List<String> reasons) {
		requireAllowed(ProjectAction.RESUBMIT);
		requireConsentWithinCommunity(community, changed);
		return move(ProjectAction.RESUBMIT, actor, at, reasons, planYear, changed);
	}

	/** The applicant withdraws the application, saying why. */
	public RenovationProject withdraw(Actor actor, Instant at, List<String> reasons) {
		return move(ProjectAction.WITHDRAW, actor, at, reasons, planYear, application);
	}

	/** The project enters the plan of {@code year} as the commission compiles it. */
	public RenovationProject plan(int year, Actor actor, Instant at) {
		return move(ProjectAction.PLAN, actor, at, List.of(), year, application);
	}

	/** An adjustment of the plan of {@code year} adds the project (plan §四(二)), for the reasons given. */
	public RenovationProject adjustIntoPlan(int year, Actor actor, Instant at, List<String> reasons) {
		return move(ProjectAction.ADJUST_INTO_PLAN, actor, at, reasons, year, application);
	}

	/** An adjustment takes the project out of its year's plan, back to the reserve pool, for the reasons given. */
	public RenovationProject adjustOutOfPlan(Actor actor, Instant at, List<String> reasons) {
		requireAllowed(ProjectAction.ADJUST_OUT_OF_PLAN);
		RenovationProject moved = move(ProjectAction.ADJUST_OUT_OF_PLAN, actor, at, reasons, planYear, application);
		return new RenovationProject(id, community, application, moved.status, null, moved.history);
	}

	/**
	 * A move of the later stages (construction, acceptance, long-term management), whose own features decide when it
	 * may be taken (the construction gate, every sign-off, the contract); the table still decides from where.
	 */
	public RenovationProject advance(ProjectAction action, Actor actor, Instant at, List<String> reasons) {
		if (action.ordinal() < ProjectAction.START_CONSTRUCTION.ordinal()) {
			throw new IllegalArgumentException(action + " is a move of the application and plan stages");
		}
		return move(action, actor, at, reasons, planYear, application);
	}

	/**
	 * The one way a project moves: the action's row must list the current status, and a row that asks for reasons
	 * gets at least one.
	 * @throws ConflictException naming the current status when the table does not allow the action from it
	 * @throws InvalidInputException on {@code reasons} when reasons are missing or not plain text
	 */
	private RenovationProject move(ProjectAction action, Actor actor, Instant at, List<String> reasons, Integer year,
			Application withApplication) {
		requireAllowed(action);
		List<String> checked = checkedReasons(action, reasons);
		List<Transition> moved = new ArrayList<>(history);
		moved.add(new Transition(history.size() + 1, action, status, action.to(), actor, at, checked,
				action == ProjectAction.PLAN || action == ProjectAction.ADJUST_INTO_PLAN
						|| action == ProjectAction.ADJUST_OUT_OF_PLAN ? year : null));
		return new RenovationProject(id, community, withApplication, action.to(), year, moved);
	}

	private void requireAllowed(ProjectAction action) {
		if (!action.allowedFrom(status)) {
			throw new ConflictException("project " + id + " is " + status + ": " + action + " is allowed only from "
					+ action.from().stream().map(Enum::name).collect(Collectors.joining(" or ")));
		}
	}

	/**
	 * Reasons as given, each plain text, stripped.
	 * @throws InvalidInputException naming {@code reasons} or {@code reasons[i]}
	 */
	public static List<String> checkedReasons(ProjectAction action, List<String> reasons) {
		FieldCheck check = new FieldCheck();
		List<String> checked = checkReasons(reasons, action.reasonsRequired(), action.name(), check);
		check.throwIfAny();
		return checked;
	}

	/**
	 * Checks reasons as entered, adding each broken rule to {@code check} under {@code reasons} or {@code reasons[i]}.
	 * @param required whether at least one reason must be given (a return, a withdrawal)
	 * @param what the act, for the message
	 * @return the reasons stripped (meaningful only when {@code check} holds no problem)
	 */
	public static List<String> checkReasons(List<String> reasons, boolean required, String what, FieldCheck check) {
		List<String> given = reasons == null ? List.of() : reasons;
		check.require(!required || !given.isEmpty(), "reasons",
				what + " must give at least one reason (DOMAIN §5: a return or withdrawal names its reasons)");
		check.require(given.size() <= MAX_REASONS, "reasons", "at most " + MAX_REASONS + " reasons, were " + given.size());
		for (int i = 0; i < given.size() && i < MAX_REASONS; i++) {
			check.plainText(given.get(i), "reasons[" + i + "]", MAX_REASON_LENGTH);
		}
		return given.stream().map(reason -> reason == null ? null : reason.strip()).toList();
	}

	/** The agreeing owners' exclusive area cannot exceed the community's surveyed floor area. */
	private static void requireConsentWithinCommunity(ProjectCommunity community, Application application) {
		if (community.floorArea().signum() > 0 && application.consent().area().compareTo(community.floorArea()) > 0) {
			throw new InvalidInputException("consent.area", application.consent().area().toPlainString()
					+ " m² of exclusive floor area is more than community " + community.name() + " has ("
					+ community.floorArea().toPlainString() + " m² surveyed)");
		}
	}

	/** Where the project lies for the duty policy: its community's district, street and the community itself. */
	public Place place() {
		return placeOf(community, community.id().toString());
	}

	/**
	 * Where the project lies as {@code reach} compares it: as its community the caller's community claim when that
	 * covers this project's community (by id, or by its residents' committee), the community's id otherwise.
	 */
	public Place place(Reach reach) {
		return placeFor(community, reach);
	}

	/** Where a project of the community lies as {@code reach} compares it, whether one exists or not. */
	public static Place placeFor(ProjectCommunity community, Reach reach) {
		String claimed = CommunityClaim.of(reach)
			.filter(claim -> claim.id() != null ? claim.id().equals(community.id())
					: community.committee() != null && claim.committee().equals(community.committee()))
			.map(CommunityClaim::text)
			.orElse(community.id().toString());
		return placeOf(community, claimed);
	}

	private static Place placeOf(ProjectCommunity community, String communityTerm) {
		return Place.of(community.districtCode(), community.streetCode(), communityTerm);
	}

	public ProjectId id() {
		return id;
	}

	public ProjectCommunity community() {
		return community;
	}

	public CommunityId communityId() {
		return community.id();
	}

	public CommitteeCode committee() {
		return community.committee();
	}

	public Application application() {
		return application;
	}

	public ProjectStatus status() {
		return status;
	}

	/** The year of the annual plan the project is in; null when it is in none. */
	public Integer planYear() {
		return planYear;
	}

	public List<Transition> history() {
		return history;
	}

	/** The transition that brought the project to where it is. */
	public Transition last() {
		return history.get(history.size() - 1);
	}

	/** Transitions so far: grows by one with every move. */
	public int version() {
		return history.size();
	}

	public Instant appliedAt() {
		return history.get(0).at();
	}

	public Actor applicant() {
		return history.get(0).actor();
	}

}
