package cn.bjrenovation.housing.publicboard.application;

import java.util.List;

import cn.bjrenovation.housing.publicboard.domain.NoticeBoard;
import cn.bjrenovation.housing.publicboard.domain.NoticeEntry;
import cn.bjrenovation.housing.publicboard.domain.NoticeSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The board's search by community name, district and street (public operation {@code housing.public.communities}). */
@Service
public class SearchingNotices {

	private final NoticeBoard board;

	SearchingNotices(NoticeBoard board) {
		this.board = board;
	}

	/** One page of communities with a published project; {@code nextPageToken} null on the last. */
	public record Page(List<NoticeEntry> entries, String nextPageToken) {
	}

	@Transactional(readOnly = true)
	public Page search(NoticeSearch search) {
		List<NoticeEntry> found = board.search(search);
		if (found.size() <= search.pageSize()) {
			return new Page(found, null);
		}
		List<NoticeEntry> page = found.subList(0, search.pageSize());
		NoticeEntry last = page.get(page.size() - 1);
		return new Page(List.copyOf(page),
				NoticePageTokens.encode(new NoticeSearch.Cursor(last.communityName(), last.communityId())));
	}

}
