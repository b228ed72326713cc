package cn.bjrenovation.housing.community.application;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.ConflictException;
import org.springframework.stereotype.Component;

/**
 * What correcting and retiring a community share: the community at the version its author last read, inside
 * the caller's reach, and the conditional write that refuses a change made meanwhile.
 */
@Component
class CommunityChanges {

	private final VisibleCommunities visible;

	private final Communities communities;

	CommunityChanges(VisibleCommunities visible, Communities communities) {
		this.visible = visible;
		this.communities = communities;
	}

	Community current(Caller caller, String operation, CommunityId id, long version) {
		Community current = visible.require(caller, operation, id);
		if (current.version() != version) {
			throw new ConflictException("community " + id + " is at version " + current.version() + ", not " + version
					+ ": someone changed it meanwhile; read it again");
		}
		return current;
	}

	void store(Community changed, String reason, Caller caller) {
		if (!communities.replace(changed, reason, caller.subject())) {
			throw new ConflictException("community " + changed.id() + " changed meanwhile; read it again");
		}
	}

}
