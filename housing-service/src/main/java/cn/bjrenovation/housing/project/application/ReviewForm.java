package cn.bjrenovation.housing.project.application;

import java.util.List;

import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;
import cn.bjrenovation.platform.validation.Labelled;

/** A review or decision as entered: {@code {"decision":"ACCEPT","reasons":[]}}; checked by the use case. */
public record ReviewForm(String decision, List<String> reasons) {

	/** A review whose every field was checked: the decision, and the reasons stripped. */
	record Checked<D>(D decision, List<String> reasons) {
	}

	/**
	 * Reads the decision among {@code decisions} (English constant or Chinese label) and the reasons, which a
	 * {@code returning} decision must give.
	 * @throws InvalidInputException naming {@code decision} and every bad reason at once
	 */
	<D extends Enum<D> & Labelled> Checked<D> check(Class<D> decisions, D returning) {
		FieldCheck check = new FieldCheck();
		D chosen = check.choice(decision, "decision", decisions);
		List<String> checked = RenovationProject.checkReasons(reasons, chosen == returning, "a return", check);
		check.throwIfAny();
		return new Checked<>(chosen, checked);
	}

}
