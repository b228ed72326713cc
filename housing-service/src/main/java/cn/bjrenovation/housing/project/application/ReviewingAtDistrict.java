package cn.bjrenovation.housing.project.application;

import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.ReviewDecision;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district government (区政府, 属地责任) reviews an application its street accepted: accepts it for the joint
 * conference, or returns it to the applicant with reasons (A1-3 申报制). Projects of other districts read as absent.
 */
@Service
public class ReviewingAtDistrict {

	static final String OPERATION = ProjectAction.Operations.DISTRICT_REVIEW;

	private final MovingProject moving;

	ReviewingAtDistrict(MovingProject moving) {
		this.moving = moving;
	}

	@Transactional
	public RenovationProject review(Caller caller, ProjectId id, ReviewForm form) {
		ReviewForm.Checked<ReviewDecision> review = form.check(ReviewDecision.class, ReviewDecision.RETURN);
		return moving.move(caller, OPERATION, id, project -> project.reviewAtDistrict(review.decision(),
				ProjectActors.of(caller), moving.now(), review.reasons()));
	}

}
