package cn.bjrenovation.housing.project.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.housing.project.domain.ReviewDecision;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.validation.FieldCheck;
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

	private final Clock clock;

	ReviewingAtDistrict(MovingProject moving, Clock clock) {
		this.moving = moving;
		this.clock = clock;
	}

	@Transactional
	public RenovationProject review(Caller caller, ProjectId id, ReviewForm form) {
		FieldCheck check = new FieldCheck();
		ReviewDecision decision = check.choice(form.decision(), "decision", ReviewDecision.class);
		List<String> reasons = RenovationProject.checkReasons(form.reasons(), decision == ReviewDecision.RETURN,
				"a return", check);
		check.throwIfAny();
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		return moving.move(caller, OPERATION, id,
				project -> project.reviewAtDistrict(decision, ProjectActors.of(caller), now, reasons));
	}

}
