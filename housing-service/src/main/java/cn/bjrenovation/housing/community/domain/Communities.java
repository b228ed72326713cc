package cn.bjrenovation.housing.community.domain;

import java.util.Optional;

/** The city-wide community database. */
public interface Communities {

	void add(Community community);

	Optional<Community> find(CommunityId id);

}
