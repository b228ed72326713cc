package cn.bjrenovation.housing.project.web;

import java.math.BigDecimal;
import java.util.List;

import cn.bjrenovation.housing.project.application.ApplicationForm;

/**
 * {@code POST /api/housing/projects} (and {@code …/resubmission}) body, read as given; the use case checks it:
 * {@code {"communityId":"…","items":[{"code":"WATER_SUPPLY"}],"consent":{"owners":120,"ownersAgreeing":100,
 * "area":8000.0,"areaAgreeing":6900.0},"obligationsAccepted":true,"note":"…"}}. Areas in m².
 *
 * @param reasons optional: why (a resubmission says what changed)
 */
record ApplicationRequest(String communityId, List<Item> items, ConsentFigures consent, Boolean obligationsAccepted,
		String note, List<String> reasons) {

	record Item(String code) {
	}

	/** Owners by number, and their exclusive floor area in m², in total and agreeing. */
	record ConsentFigures(Integer owners, Integer ownersAgreeing, BigDecimal area, BigDecimal areaAgreeing) {
	}

	ApplicationForm form() {
		List<String> codes = items == null ? null
				: items.stream().map(item -> item == null ? null : item.code()).toList();
		return new ApplicationForm(communityId, codes, consent != null, consent == null ? null : consent.owners(),
				consent == null ? null : consent.ownersAgreeing(), consent == null ? null : consent.area(),
				consent == null ? null : consent.areaAgreeing(), obligationsAccepted, note, reasons);
	}

}
