package cn.bjrenovation.housing.project.application;

import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.ReviewDecision;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The street office (街道/乡镇) reviews an application of a community on its street: accepts it and reports it to the
 * district, or returns it to the applicant with reasons (A1-3 申报制). Projects of other streets read as absent.
 */
@Service
public class ReviewingAtStreet {

	static final String OPERATION = ProjectAction.Operations.STREET_REVIEW;

	private final MovingProject moving;

	ReviewingAtStreet(MovingProject moving) {
		this.moving = moving;
	}

	@Transactional
	public RenovationProject review(Caller caller, ProjectId id, ReviewForm form) {
		ReviewForm.Checked<ReviewDecision> review = form.check(ReviewDecision.class, ReviewDecision.RETURN);
		return moving.move(caller, OPERATION, id, project -> project.reviewAtStreet(review.decision(),
				ProjectActors.of(caller), moving.now(), review.reasons()));
	}

}
