package cn.bjrenovation.housing.ledger.application;

import java.util.List;

import cn.bjrenovation.housing.ledger.domain.Ledger;
import cn.bjrenovation.housing.ledger.domain.LedgerEntry;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger the most dangerous first, as a list or for a map. A caller the policy holds to a district reads its
 * own district's ledger; asking for another district is refused, not silently answered with one's own.
 */
@Service
public class ReadingLedger {

	static final String LIST = "housing.ledger.list";

	static final String MAP = "housing.ledger.map";

	static final int MAX_PAGE = 500;

	/** The most entries one map answer carries. */
	static final int MAP_LIMIT = 10_000;

	private final Ledger ledger;

	private final DutyPolicy policy;

	ReadingLedger(Ledger ledger, DutyPolicy policy) {
		this.ledger = ledger;
		this.policy = policy;
	}

	/**
	 * One page of the ledger, the most dangerous first.
	 * @param district null for every district in the caller's reach
	 */
	@Transactional(readOnly = true)
	public List<LedgerEntry> page(Caller caller, DistrictCode district, int size, int offset) {
		new FieldCheck().require(size >= 1 && size <= MAX_PAGE, "pageSize",
				"must be between 1 and " + MAX_PAGE + ", was " + size)
			.require(offset >= 0, "offset", "must not be negative")
			.throwIfAny();
		return ledger.worstFirst(within(policy.reach(caller, LIST), district), size, offset);
	}

	/**
	 * The ledger for a map, the most dangerous first, at most {@link #MAP_LIMIT} entries.
	 * @param district null for every district in the caller's reach
	 */
	@Transactional(readOnly = true)
	public List<LedgerEntry> map(Caller caller, DistrictCode district) {
		return ledger.worstFirst(within(policy.reach(caller, MAP), district), MAP_LIMIT, 0);
	}

	private static String within(Reach reach, DistrictCode asked) {
		String own = reach.district().orElse(null);
		if (own != null && asked != null && !own.equals(asked.value())) {
			throw new ForbiddenException(reach.operationId(),
					"district " + own + " sees only its own ledger, not " + asked + "'s");
		}
		return own != null ? own : asked == null ? null : asked.value();
	}

}
