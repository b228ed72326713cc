package cn.bjrenovation.housing.project.web;

import java.util.List;

import cn.bjrenovation.housing.project.application.ReviewForm;

/**
 * A review or decision: {@code {"decision":"ACCEPT","reasons":[]}} — {@code ACCEPT}/{@code RETURN} for the street and
 * the district, {@code APPROVE}/{@code RETURN} for the municipal decision; a return gives at least one reason.
 */
record ReviewRequest(String decision, List<String> reasons) {

	ReviewForm form() {
		return new ReviewForm(decision, reasons);
	}

}
