package cn.bjrenovation.platform.policy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.NotFoundException;

/**
 * What one caller may touch under one operation, as its grant in the duty policy says: the grant's scope held to
 * the caller's own district, street, community or utility, and the grant's conditions on the object's facts. The
 * one place in the suite that answers "may this caller act on this object" — services describe the object as a
 * {@link Place} and ask; they never compare roles.
 */
public final class Reach {

	private final Operation operation;

	private final Caller caller;

	private final Grant grant;

	Reach(Operation operation, Caller caller, Grant grant) {
		this.operation = operation;
		this.caller = caller;
		this.grant = grant;
	}

	public String operationId() {
		return operation.id();
	}

	public Scope scope() {
		return grant.scope();
	}

	/** Whether the object at {@code place} lies inside this reach. */
	public boolean covers(Place place) {
		return whyNot(place).isEmpty();
	}

	/** Why the object at {@code place} lies outside this reach, in words an official understands; empty when inside. */
	public Optional<String> whyNot(Place place) {
		String own = grant.scope().of(caller);
		if (own != null && !same(own, place.attribute(grant.scope()))) {
			return Optional.of(grant.role() + " of " + grant.scope().term() + " " + own + " acts only within it, not on "
					+ (place.toString().isEmpty() ? "an object without a " + grant.scope().term() : place));
		}
		for (Map.Entry<String, Set<String>> condition : grant.when().entrySet()) {
			String value = place.facts().get(condition.getKey());
			if (value == null || !condition.getValue().contains(value)) {
				return Optional.of(grant.role() + " acts under " + operation.id() + " only where " + condition.getKey()
						+ " is " + String.join(" or ", condition.getValue()) + ", not " + value + " (" + operation.duty()
						+ ")");
			}
		}
		return Optional.empty();
	}

	/**
	 * For an act that places a new object (a registration, an import row): refused with the reason when the place
	 * lies outside this reach.
	 * @throws ForbiddenException naming the operation and why
	 */
	public void requireCovers(Place place) {
		whyNot(place).ifPresent(reason -> {
			throw new ForbiddenException(operation.id(), reason);
		});
	}

	/**
	 * For an existing object: one outside this reach is answered exactly like an unknown id, so ids outside one's
	 * scope cannot be probed.
	 * @throws NotFoundException when the object lies outside this reach
	 */
	public void requireVisible(Place place, String what, Object id) {
		if (!covers(place)) {
			throw new NotFoundException(what, id);
		}
	}

	/** The district every object of this reach lies in, when the grant holds the caller to one. */
	public Optional<String> district() {
		return own(Scope.DISTRICT);
	}

	/** The street every object of this reach lies on, when the grant holds the caller to one. */
	public Optional<String> street() {
		return own(Scope.STREET);
	}

	/** The community every object of this reach is, or belongs to, when the grant holds the caller to one. */
	public Optional<String> community() {
		return own(Scope.COMMUNITY);
	}

	/**
	 * Whether the caller's own place is the object's: codes exactly, a utility whatever its case (tokens name it
	 * {@code gas}, contracts {@code GAS}).
	 */
	private boolean same(String own, String objects) {
		return grant.scope() == Scope.UTILITY ? own.equalsIgnoreCase(objects) : own.equals(objects);
	}

	/** The utility network every object of this reach belongs to, when the grant holds the caller to one. */
	public Optional<String> utility() {
		return own(Scope.UTILITY);
	}

	/** The values a fact of every object of this reach must take, when the grant names a condition on it. */
	public Optional<Set<String>> condition(String fact) {
		return Optional.ofNullable(grant.when().get(fact));
	}

	private Optional<String> own(Scope scope) {
		return grant.scope() == scope ? Optional.ofNullable(scope.of(caller)) : Optional.empty();
	}

}
