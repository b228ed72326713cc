package cn.bjrenovation.housing.project.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.bjrenovation.housing.project.domain.Consent;
import cn.bjrenovation.housing.project.domain.RenovationItem;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.Transition;

/**
 * A project as officials read it: its community and place, status, wanted items with their classes, the residents'
 * consent (areas in m², shares 0..1), the plan year, and — on a single project — every transition.
 *
 * @param history null in lists
 */
record ProjectResponse(String id, String communityId, String communityName, String districtCode, String streetCode,
		String status, String statusLabel, Integer planYear, List<ItemResponse> items, ConsentResponse consent,
		boolean obligationsAccepted, String note, Instant appliedAt, String appliedBy, int version,
		List<TransitionResponse> history) {

	record ItemResponse(String code, String name, String englishName, String itemClass, boolean touchesUtility) {

		static ItemResponse of(RenovationItem item) {
			return new ItemResponse(item.code(), item.name(), item.englishName(), item.itemClass().name(),
					item.touchesUtility());
		}

	}

	record ConsentResponse(int owners, int ownersAgreeing, BigDecimal area, BigDecimal areaAgreeing, double ownersShare,
			double areaShare) {

		static ConsentResponse of(Consent consent) {
			return new ConsentResponse(consent.owners(), consent.ownersAgreeing(), consent.area(),
					consent.areaAgreeing(), consent.ownersShare(), consent.areaShare());
		}

	}

	/** One transition: action, statuses, who (subject, role, scope), when, why, and the plan year of a plan move. */
	record TransitionResponse(String action, String fromStatus, String toStatus, String subject, String role,
			String scope, Instant at, List<String> reasons, Integer year) {

		static TransitionResponse of(Transition transition) {
			return new TransitionResponse(transition.action().name(),
					transition.from() == null ? null : transition.from().name(), transition.to().name(),
					transition.actor().subject(), transition.actor().role(), transition.actor().scope(), transition.at(),
					transition.reasons(), transition.year());
		}

	}

	static ProjectResponse of(RenovationProject project) {
		return of(project, project.history().stream().map(TransitionResponse::of).toList());
	}

	static ProjectResponse summary(RenovationProject project) {
		return of(project, null);
	}

	private static ProjectResponse of(RenovationProject project, List<TransitionResponse> history) {
		var community = project.community();
		return new ProjectResponse(project.id().toString(), community.id().toString(), community.name(),
				community.districtCode(), community.streetCode(), project.status().name(), project.status().label(),
				project.planYear(), project.application().items().stream().map(ItemResponse::of).toList(),
				ConsentResponse.of(project.application().consent()), project.application().obligationsAccepted(),
				project.application().note(), project.appliedAt(), project.applicant().subject(), project.version(),
				history);
	}

}
