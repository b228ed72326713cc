package cn.bjrenovation.housing.community.application;

import java.util.function.Consumer;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityFilter;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every community matching a filter inside the caller's reach, one after the other (a map, a bulk stream). */
@Service
public class StreamingCommunities {

	/** The GeoJSON map of communities (REST). */
	public static final String MAP = "housing.community.map";

	/** The bulk stream of communities (gRPC). */
	public static final String STREAM = "housing.community.stream";

	private final Communities communities;

	private final DutyPolicy policy;

	StreamingCommunities(Communities communities, DutyPolicy policy) {
		this.communities = communities;
		this.policy = policy;
	}

	/**
	 * @param operation the operation streaming ({@link #MAP} or {@link #STREAM}): its grant decides the reach, and
	 * it is named when a query for another place is refused
	 */
	@Transactional(readOnly = true)
	public void stream(Caller caller, CommunityFilter filter, String operation, Consumer<Community> sink) {
		filter.check();
		communities.stream(ScopedFilter.narrow(policy.reach(caller, operation), filter), sink);
	}

}
