package cn.bjrenovation.housing.project.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * An application for renovation as entered (REST body), before any rule is checked: the use case checks every field
 * at once.
 *
 * @param itemCodes the wanted items' catalogue codes in the order given (null entries for items without a code); null
 * when no items were given
 * @param consentGiven whether the {@code consent} object was there at all
 */
public record ApplicationForm(String communityId, List<String> itemCodes, boolean consentGiven, Integer owners,
		Integer ownersAgreeing, BigDecimal area, BigDecimal areaAgreeing, Boolean obligationsAccepted, String note,
		List<String> reasons) {

	public ApplicationForm {
		itemCodes = itemCodes == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(itemCodes));
	}

}
