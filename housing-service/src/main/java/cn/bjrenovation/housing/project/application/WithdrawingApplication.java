package cn.bjrenovation.housing.project.application;

import java.util.List;

import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant withdraws the application, saying why — the residents' will decides (申报制) — at any point before the
 * project is in a year's plan. The project is closed; the community may apply again.
 */
@Service
public class WithdrawingApplication {

	static final String OPERATION = ProjectAction.Operations.WITHDRAW;

	private final MovingProject moving;

	WithdrawingApplication(MovingProject moving) {
		this.moving = moving;
	}

	@Transactional
	public RenovationProject withdraw(Caller caller, ProjectId id, List<String> reasons) {
		FieldCheck check = new FieldCheck();
		List<String> checked = RenovationProject.checkReasons(reasons, true, "a withdrawal", check);
		check.throwIfAny();
		return moving.move(caller, OPERATION, id,
				project -> project.withdraw(ProjectActors.of(caller), moving.now(), checked));
	}

}
