package cn.bjrenovation.housing.publicboard.web;

import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.housing.publicboard.domain.Milestone;
import cn.bjrenovation.housing.publicboard.domain.Notice;
import cn.bjrenovation.housing.publicboard.domain.NoticeDesign;
import cn.bjrenovation.housing.publicboard.domain.NoticeItem;

/**
 * A community's notice (公示) — these fields and no others: no project id, no people, no consent figures, no money
 * below the approved design's project total. Dates are ISO days, Beijing time.
 *
 * @param approvedDesign the design planning approved, its items and total; null until then
 */
record NoticeResponse(String communityId, String communityName, String districtCode, String streetCode,
		String status, String statusLabel, Integer planYear, List<MilestoneResponse> milestones,
		DesignResponse approvedDesign, ConstructionResponse construction) {

	record MilestoneResponse(String status, String statusLabel, LocalDate on) {

		static MilestoneResponse of(Milestone milestone) {
			return new MilestoneResponse(milestone.reached().name(), milestone.reached().label(), milestone.on());
		}

	}

	/** @param itemClass null (and its label) when planning named none */
	record ItemResponse(String code, String name, String itemClass, String itemClassLabel) {

		static ItemResponse of(NoticeItem item) {
			return new ItemResponse(item.code(), item.name(), item.itemClass() == null ? null : item.itemClass().name(),
					item.itemClass() == null ? null : item.itemClass().label());
		}

	}

	/** @param totalCostFen the project's total, fen: the notice's one money figure */
	record DesignResponse(LocalDate approvedOn, long totalCostFen, List<ItemResponse> items) {

		static DesignResponse of(NoticeDesign design) {
			return design == null ? null : new DesignResponse(design.approvedOn(), design.totalCostFen(),
					design.items().stream().map(ItemResponse::of).toList());
		}

	}

	/** The construction window as far as it is known: started, completed (either null before). */
	record ConstructionResponse(LocalDate startedOn, LocalDate completedOn) {
	}

	static NoticeResponse of(Notice notice) {
		NoticeEntryResponse community = NoticeEntryResponse.of(notice.community());
		return new NoticeResponse(community.communityId(), community.communityName(), community.districtCode(),
				community.streetCode(), community.status(), community.statusLabel(), community.planYear(),
				notice.milestones().stream().map(MilestoneResponse::of).toList(), DesignResponse.of(notice.design()),
				new ConstructionResponse(notice.constructionStartedOn(), notice.constructionCompletedOn()));
	}

}
