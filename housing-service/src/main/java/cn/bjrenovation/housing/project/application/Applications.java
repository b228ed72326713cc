package cn.bjrenovation.housing.project.application;

import cn.bjrenovation.housing.project.domain.Application;
import cn.bjrenovation.housing.project.domain.RenovationItemCatalogue;
import cn.bjrenovation.platform.validation.FieldCheck;

/** Reads the application part of a form (items, consent, obligations, note) against the catalogue. */
final class Applications {

	private Applications() {
	}

	static Application check(ApplicationForm form, RenovationItemCatalogue catalogue, FieldCheck check) {
		if (!form.consentGiven()) {
			return Application.check(form.itemCodes(), null, null, null, null, form.obligationsAccepted(), form.note(),
					catalogue, check);
		}
		return Application.check(form.itemCodes(), form.owners(), form.ownersAgreeing(), form.area(),
				form.areaAgreeing(), form.obligationsAccepted(), form.note(), catalogue, check);
	}

}
