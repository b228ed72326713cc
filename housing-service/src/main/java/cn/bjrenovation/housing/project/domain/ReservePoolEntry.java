package cn.bjrenovation.housing.project.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The reserve pool's entry rule (plan §三(一) 完善改造项目储备库): "列入储备库的项目，应完成业主委员会或物业管理委员会等业主组织
 * 组建工作，确定小区物业服务企业与服务标准" — an owners' organisation formed AND a property company and service standard
 * determined, as the community database records them.
 */
public final class ReservePoolEntry {

	public static final String RULE = "reserve-pool-entry";

	public static final String CLAUSE = "plan §三(一) 完善改造项目储备库";

	private ReservePoolEntry() {
	}

	/** What the community still lacks to enter the pool, in words an official reads; empty when nothing. */
	public static List<String> missing(ProjectCommunity community) {
		List<String> missing = new ArrayList<>();
		if (!community.ownersOrganisationFormed()) {
			missing.add("an owners' committee or property-management committee formed (业主委员会或物业管理委员会组建)");
		}
		if (!community.propertyServiceAgreed()) {
			missing.add("a property company and service standard determined (确定小区物业服务企业与服务标准)");
		}
		return missing;
	}

}
