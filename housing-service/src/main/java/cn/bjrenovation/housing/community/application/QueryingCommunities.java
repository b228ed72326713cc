package cn.bjrenovation.housing.community.application;

import java.util.function.Consumer;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityFilter;
import cn.bjrenovation.housing.community.domain.DistrictSummary;
import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.housing.community.domain.Page;
import cn.bjrenovation.housing.community.domain.PageRequest;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.problems.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists, streams and sums up communities, always inside the caller's scope. */
@Service
public class QueryingCommunities {

	static final String LIST = "housing.community.list";

	/** The GeoJSON map of communities (REST). */
	public static final String MAP = "housing.community.map";

	/** The bulk stream of communities (gRPC). */
	public static final String STREAM = "housing.community.stream";

	static final String SUMMARY = "housing.district.summary";

	private final Communities communities;

	private final Divisions divisions;

	QueryingCommunities(Communities communities, Divisions divisions) {
		this.communities = communities;
		this.divisions = divisions;
	}

	@Transactional(readOnly = true)
	public Page<Community> list(Caller caller, CommunityFilter filter, PageRequest page) {
		filter.check();
		return communities.list(Scopes.restrict(caller, filter, LIST), page);
	}

	/**
	 * Streams every matching community in the caller's scope.
	 * @param operation the operation streaming ({@link #MAP} or {@link #STREAM}), named when a query for another
	 * place is refused
	 */
	@Transactional(readOnly = true)
	public void stream(Caller caller, CommunityFilter filter, String operation, Consumer<Community> sink) {
		filter.check();
		communities.stream(Scopes.restrict(caller, filter, operation), sink);
	}

	@Transactional(readOnly = true)
	public DistrictSummary summarise(Caller caller, String districtCode) {
		if (!divisions.isDistrict(districtCode)) {
			throw new InvalidInputException("districtCode", "'" + districtCode + "' is not a Beijing district code");
		}
		Scopes.requireDistrict(caller, districtCode, SUMMARY);
		return communities.summarise(districtCode);
	}

}
