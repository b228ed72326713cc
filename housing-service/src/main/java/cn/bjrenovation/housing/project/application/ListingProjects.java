package cn.bjrenovation.housing.project.application;

import cn.bjrenovation.housing.community.domain.CommunityClaim;
import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.ProjectFilter;
import cn.bjrenovation.housing.project.domain.ProjectPage;
import cn.bjrenovation.housing.project.domain.ProjectStatus;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.place.StreetCode;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of projects matching a filter (status, district, street, plan year, item class), oldest application first,
 * always inside the caller's reach: a scoped caller's list is narrowed to its own district, street or community, and
 * asking explicitly for another place is refused rather than silently answered with one's own.
 */
@Service
public class ListingProjects {

	static final String OPERATION = "housing.project.list";

	private final Projects projects;

	private final DutyPolicy policy;

	ListingProjects(Projects projects, DutyPolicy policy) {
		this.projects = projects;
		this.policy = policy;
	}

	/**
	 * @param fields the names of the query's fields as the caller wrote them: {@link Fields#REST} or
	 * {@link Fields#GRPC}
	 * @throws InvalidInputException naming every bad field at once
	 * @throws ForbiddenException when a scoped caller asks for another place
	 */
	@Transactional(readOnly = true)
	public ProjectPage list(Caller caller, ProjectQuery query, Fields fields) {
		FieldCheck check = new FieldCheck();
		ProjectStatus status = query.status() == null ? null
				: check.choice(query.status(), fields.status(), ProjectStatus.class);
		String district = query.districtCode() == null ? null
				: check.parsed(() -> DistrictCode.parse(query.districtCode(), fields.districtCode()).value());
		String street = query.streetCode() == null ? null
				: check.parsed(() -> StreetCode.parse(query.streetCode(), fields.streetCode()).value());
		check.require(query.year() == null || query.year() >= 2000 && query.year() <= 2100, fields.year(),
				query.year() + " is not a plan year (2000–2100)");
		ItemClass itemClass = query.itemClass() == null ? null
				: check.choice(query.itemClass(), fields.itemClass(), ItemClass.class);
		CommunityId community = query.communityId() == null ? null
				: check.parsed(() -> CommunityId.parse(query.communityId(), fields.communityId()));
		int size = query.pageSize() == null || query.pageSize() == 0 ? ProjectPage.DEFAULT_SIZE : query.pageSize();
		check.require(size >= 1 && size <= ProjectPage.MAX_SIZE, fields.pageSize(),
				"must be between 1 and " + ProjectPage.MAX_SIZE + ", was " + size);
		ProjectPage.Cursor after = check.parsed(() -> ProjectPageTokens.decode(query.pageToken(), fields.pageToken()));
		check.throwIfAny();
		ProjectFilter filter = new ProjectFilter(status, district, street, query.year(), itemClass, community, null);
		return projects.list(narrow(policy.reach(caller, OPERATION), filter), size, after);
	}

	/** The filter inside the caller's reach: its own district, street, or community (or residents' committee). */
	private static ProjectFilter narrow(Reach reach, ProjectFilter filter) {
		ProjectFilter narrowed = filter;
		if (reach.district().isPresent()) {
			String own = reach.district().get();
			requireOwn(reach, filter.districtCode() == null || filter.districtCode().equals(own), "district " + own,
					"district " + filter.districtCode());
			requireOwn(reach, filter.streetCode() == null || filter.streetCode().startsWith(own), "district " + own,
					"street " + filter.streetCode());
			narrowed = narrowed.inDistrict(own);
		}
		if (reach.street().isPresent()) {
			String own = reach.street().get();
			requireOwn(reach, filter.streetCode() == null || filter.streetCode().equals(own), "street " + own,
					"street " + filter.streetCode());
			requireOwn(reach, filter.districtCode() == null || own.startsWith(filter.districtCode()), "street " + own,
					"district " + filter.districtCode());
			narrowed = narrowed.onStreet(own);
		}
		ProjectFilter scoped = narrowed;
		return CommunityClaim.of(reach).map(claim -> {
			if (claim.id() != null) {
				requireOwn(reach, scoped.communityId() == null || scoped.communityId().equals(claim.id()),
						"community " + claim.text(), "community " + scoped.communityId());
				return scoped.ofCommunity(claim.id());
			}
			return scoped.ofCommittee(claim.committee());
		}).orElse(scoped);
	}

	private static void requireOwn(Reach reach, boolean own, String scope, String asked) {
		if (!own) {
			throw new ForbiddenException(reach.operationId(), "a caller scoped to " + scope + " may not query " + asked);
		}
	}

	/** The names the query's fields have where it came from, so a refusal names what the caller wrote. */
	public record Fields(String status, String districtCode, String streetCode, String year, String itemClass,
			String communityId, String pageSize, String pageToken) {

		public static final Fields REST = new Fields("status", "districtCode", "streetCode", "year", "class",
				"communityId", "pageSize", "pageToken");

		public static final Fields GRPC = new Fields("filter.status", "filter.district_code", "filter.street_code",
				"filter.year", "filter.item_class", "filter.community_id", "page_size", "page_token");

	}

}
