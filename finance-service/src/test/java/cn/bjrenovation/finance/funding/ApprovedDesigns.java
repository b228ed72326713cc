package cn.bjrenovation.finance.funding;

import java.time.Instant;
import java.util.UUID;

import cn.bjrenovation.planning.v1.ApprovedItem;
import cn.bjrenovation.planning.v1.DesignApproved;
import cn.bjrenovation.planning.v1.DesignItem;
import cn.bjrenovation.planning.v1.DesignProject;
import cn.bjrenovation.planning.v1.ItemClass;
import com.google.protobuf.Timestamp;

/**
 * The approved design the funding tests draft plans from, as planning publishes it on {@code planning.design}: a
 * basic item, a pipeline item and an upgrade item of a community on 劲松街道, ¥17,000 in all.
 */
final class ApprovedDesigns {

	private ApprovedDesigns() {
	}

	static DesignApproved approved(String project, int year) {
		Instant now = Instant.now();
		return DesignApproved.newBuilder()
			.setProject(DesignProject.newBuilder()
				.setProjectId(project)
				.setCommunityId(UUID.randomUUID().toString())
				.setCommunityName("劲松北社区")
				.setDistrictCode("110105")
				.setStreetCode("110105017")
				.setPlanYear(year))
			.setSchemeVersion(1)
			.addItems(item("ROOF_WATERPROOFING", ItemClass.BASIC, 1_000_000, false))
			.addItems(item("GAS_SUPPLY", ItemClass.BASIC, 500_000, true))
			.addItems(item("ELDERLY_CARE", ItemClass.UPGRADE, 200_000, false))
			.setTotalCostFen(1_700_000)
			.setApprover("planning-official")
			.setApprovedAt(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
			.build();
	}

	static ApprovedItem item(String code, ItemClass itemClass, long cost, boolean utility) {
		return ApprovedItem.newBuilder()
			.setItem(DesignItem.newBuilder()
				.setCatalogueCode(code)
				.setName(code)
				.setItemClass(itemClass)
				.setEstimatedCostFen(cost)
				.setTouchesUtility(utility))
			.build();
	}

}
