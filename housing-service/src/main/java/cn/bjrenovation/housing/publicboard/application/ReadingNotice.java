package cn.bjrenovation.housing.publicboard.application;

import cn.bjrenovation.housing.publicboard.domain.Notice;
import cn.bjrenovation.housing.publicboard.domain.NoticeBoard;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's notice, for anyone (public operation {@code housing.public.project}). */
@Service
public class ReadingNotice {

	private final NoticeBoard board;

	ReadingNotice(NoticeBoard board) {
		this.board = board;
	}

	/**
	 * @throws NotFoundException the same for a community that does not exist and one without a published project, so
	 * the board tells nothing about what it does not publish
	 */
	@Transactional(readOnly = true)
	public Notice read(CommunityId community) {
		return board.notice(community)
			.orElseThrow(() -> new NotFoundException("published renovation project of community", community));
	}

}
