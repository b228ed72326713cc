package cn.bjrenovation.housing.project.application;

import java.util.List;

import cn.bjrenovation.housing.project.domain.Application;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationItemCatalogue;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant resubmits a returned application, changed as the reasons asked (the same body as an application; its
 * community stays the project's own). It goes back to the street's review.
 */
@Service
public class ResubmittingApplication {

	static final String OPERATION = ProjectAction.Operations.RESUBMIT;

	private final MovingProject moving;

	private final RenovationItemCatalogue catalogue;

	ResubmittingApplication(MovingProject moving, RenovationItemCatalogue catalogue) {
		this.moving = moving;
		this.catalogue = catalogue;
	}

	@Transactional
	public RenovationProject resubmit(Caller caller, ProjectId id, ApplicationForm form) {
		FieldCheck check = new FieldCheck();
		Application changed = Applications.check(form, catalogue, check);
		List<String> reasons = RenovationProject.checkReasons(form.reasons(), false, "a resubmission", check);
		check.throwIfAny();
		return moving.move(caller, OPERATION, id, project -> {
			new FieldCheck().require(form.communityId() == null || form.communityId().equals(project.communityId().toString()),
					"communityId", "a resubmission stays with the project's community " + project.communityId()
							+ "; leave communityId out or give that one")
				.throwIfAny();
			return project.resubmit(changed, ProjectActors.of(caller), moving.now(), reasons);
		});
	}

}
