package cn.bjrenovation.housing.publicboard.web;

import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.housing.publicboard.domain.Milestone;
import cn.bjrenovation.housing.publicboard.domain.Notice;
import cn.bjrenovation.housing.publicboard.domain.NoticeItem;

/**
 * A community's notice (公示) — these fields and no others: no project id, no people, no consent figures, no money
 * below the project's one planned figure. Dates are ISO days, Beijing time.
 */
record NoticeResponse(String communityId, String communityName, String districtCode, String streetCode,
		String status, String statusLabel, Integer planYear, List<MilestoneResponse> milestones,
		List<ItemResponse> items, ConstructionResponse construction, Long plannedSubsidyFen) {

	record MilestoneResponse(String status, String statusLabel, LocalDate on) {

		static MilestoneResponse of(Milestone milestone) {
			return new MilestoneResponse(milestone.reached().name(), milestone.reached().label(), milestone.on());
		}

	}

	record ItemResponse(String code, String name, String itemClass, String itemClassLabel) {

		static ItemResponse of(NoticeItem item) {
			return new ItemResponse(item.code(), item.name(), item.itemClass().name(), item.itemClass().label());
		}

	}

	/** The construction window as far as it is known: started, completed (either null before). */
	record ConstructionResponse(LocalDate startedOn, LocalDate completedOn) {
	}

	static NoticeResponse of(Notice notice) {
		NoticeEntryResponse community = NoticeEntryResponse.of(notice.community());
		return new NoticeResponse(community.communityId(), community.communityName(), community.districtCode(),
				community.streetCode(), community.status(), community.statusLabel(), community.planYear(),
				notice.milestones().stream().map(MilestoneResponse::of).toList(),
				notice.items().stream().map(ItemResponse::of).toList(),
				new ConstructionResponse(notice.constructionStartedOn(), notice.constructionCompletedOn()),
				notice.plannedSubsidyFen());
	}

}
