package cn.bjrenovation.finance.socialcapital.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A social-capital agreement on a project (社会资本参与, A2 发改委; A1-10 微利可持续): the party, the items it
 * invests in, the amount, the terms, how long and the return it is capped at (micro-profit), and the services it runs
 * with their declared annual income — the base of its tax relief.
 *
 * @param returnCapBasisPoints the yearly return the agreement allows, in basis points (微利: small)
 */
public record Agreement(UUID id, UUID projectId, String party, List<String> items, long amountFen, String terms,
		int termYears, int returnCapBasisPoints, Map<ServiceKind, Long> declaredIncomeFen, String recordedBy,
		Instant recordedAt) {

	public Agreement {
		items = List.copyOf(items);
		declaredIncomeFen = Map.copyOf(declaredIncomeFen);
	}

	/** The relief per service run, relieved ones first. */
	public List<TaxRelief> taxRelief() {
		return declaredIncomeFen.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> TaxRelief.of(entry.getKey(), entry.getValue()))
			.toList();
	}

}
