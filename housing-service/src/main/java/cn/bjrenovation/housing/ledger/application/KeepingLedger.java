package cn.bjrenovation.housing.ledger.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.BuildingGraded;
import cn.bjrenovation.housing.community.domain.BuildingId;
import cn.bjrenovation.housing.community.domain.Buildings;
import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.ledger.domain.Appraisal;
import cn.bjrenovation.housing.ledger.domain.Ledger;
import cn.bjrenovation.housing.ledger.domain.LedgerEntry;
import cn.bjrenovation.platform.audit.AuditTrail;
import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dangerous and simple building ledger (危楼/简易楼台账, plan §三(二)). Only the district the building is in
 * (属地) enters appraisals; the commission sees every district's ledger.
 */
@Service
public class KeepingLedger {

	static final String APPRAISE = "housing.ledger.appraise";

	static final int MAX_PAGE = 500;

	/** The most entries one map answer carries. */
	static final int MAP_LIMIT = 10_000;

	private final Ledger ledger;

	private final Buildings buildings;

	private final Communities communities;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock = Clock.systemDefaultZone();

	KeepingLedger(Ledger ledger, Buildings buildings, Communities communities, ApplicationEventPublisher events,
			AuditTrail audit) {
		this.ledger = ledger;
		this.buildings = buildings;
		this.communities = communities;
		this.events = events;
		this.audit = audit;
	}

	/** Appraisal as entered: grade, plan, plan status, appraisal date, note. */
	public record AppraisalInput(String grade, String plan, String planStatus, LocalDate appraisedOn, String note) {
	}

	@Transactional
	public Appraisal appraise(Caller caller, BuildingId buildingId, AppraisalInput input) {
		Building building = buildings.find(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
		Community community = communities.find(building.communityId()).orElseThrow();
		if (caller.role() != Role.DISTRICT || !caller.coversDistrict(community.districtCode())) {
			throw new ForbiddenException(APPRAISE, "only district " + community.districtCode()
					+ " (属地) keeps the ledger of building " + building.number() + " of " + community.name());
		}
		Appraisal appraisal = Appraisal.check(buildingId, input.grade(), input.plan(), input.planStatus(),
				input.appraisedOn(), input.note(), LocalDate.now(clock), clock.instant(), caller.subject());
		ledger.record(appraisal);
		buildings.grade(buildingId, appraisal.grade());
		events.publishEvent(new BuildingGraded(EventMetadata.capture(), community.id(), buildingId, building.number(),
				appraisal.grade(), appraisal.plan() == null ? "" : appraisal.plan().name()));
		audit.changed(APPRAISE, buildingId, "grade " + appraisal.grade() + ", plan " + appraisal.plan());
		return appraisal;
	}

	/** One page of the ledger, the most dangerous first. */
	@Transactional(readOnly = true)
	public List<LedgerEntry> page(Caller caller, String districtCode, int size, int offset) {
		if (size < 1 || size > MAX_PAGE) {
			throw new InvalidInputException("pageSize", "must be between 1 and " + MAX_PAGE + ", was " + size);
		}
		if (offset < 0) {
			throw new InvalidInputException("offset", "must not be negative");
		}
		return worstFirst(caller, districtCode, size, offset);
	}

	/** The ledger for a map, the most dangerous first, at most {@link #MAP_LIMIT} entries. */
	@Transactional(readOnly = true)
	public List<LedgerEntry> map(Caller caller, String districtCode) {
		return worstFirst(caller, districtCode, MAP_LIMIT, 0);
	}

	private List<LedgerEntry> worstFirst(Caller caller, String districtCode, int limit, int offset) {
		String district = districtCode;
		if (caller.role() == Role.DISTRICT) {
			if (district != null && !caller.coversDistrict(district)) {
				throw new ForbiddenException("housing.ledger.list",
						"district " + caller.districtCode() + " sees only its own ledger, not " + district + "'s");
			}
			district = caller.districtCode();
		}
		return ledger.worstFirst(district, limit, offset);
	}

	@Transactional(readOnly = true)
	public List<Appraisal> history(Caller caller, BuildingId buildingId) {
		Building building = buildings.find(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
		Community community = communities.find(building.communityId()).orElseThrow();
		if (!caller.covers(community.districtCode(), community.streetCode(), community.id().toString())) {
			throw new NotFoundException("building", buildingId);
		}
		return ledger.history(buildingId);
	}

}
