package cn.bjrenovation.housing.publicboard.web;

import java.util.List;

import cn.bjrenovation.housing.publicboard.application.SearchingNotices;

/** One page of the board's search; {@code nextPageToken} null on the last. */
record NoticePageResponse(List<NoticeEntryResponse> items, String nextPageToken) {

	static NoticePageResponse of(SearchingNotices.Page page) {
		return new NoticePageResponse(page.entries().stream().map(NoticeEntryResponse::of).toList(),
				page.nextPageToken());
	}

}
