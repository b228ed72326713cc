package cn.bjrenovation.housing.publicboard.domain;

import java.util.List;
import java.util.Optional;

import cn.bjrenovation.platform.place.CommunityId;

/** The notice board (公示栏): only what {@link Publication} publishes is ever read through it. */
public interface NoticeBoard {

	/** The community's notice; empty when it has no published project (or does not exist — the same answer). */
	Optional<Notice> notice(CommunityId community);

	/** One page of communities with a published project, by name; one more than the page size tells there is more. */
	List<NoticeEntry> search(NoticeSearch search);

	/** Every district with published projects. */
	List<DistrictProgress> progress();

}
