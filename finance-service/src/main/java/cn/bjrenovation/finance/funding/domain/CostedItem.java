package cn.bjrenovation.finance.funding.domain;

import cn.bjrenovation.finance.sharing.domain.CostCategory;

/** One item of the approved design as finance costs it: its catalogue code, the category it is shared by, its cost. */
public record CostedItem(String code, CostCategory category, long costFen) {

	public CostedItem {
		if (costFen < 0) {
			throw new IllegalArgumentException("item " + code + " costs " + costFen + " fen");
		}
	}

}
